-- Stores a new lead, indexes it and counts it in one atomic step; does nothing when the id is known.
-- KEYS: lead hash, creation index, total counter, day counter
-- ARGV: creation time in epoch millis, lead id, then the hash's field/value pairs
-- Returns 0 when stored now, 1 when stored before but not announced, 2 when stored and announced before.
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('HEXISTS', KEYS[1], 'announcedAt') == 1 then
    return 2
  end
  return 1
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
redis.call('INCR', KEYS[3])
redis.call('INCR', KEYS[4])
return 0
