-- Applies one change to a lead, its indexes and its counters in one atomic step, so no crash can leave a
-- lead indexed but uncounted, or counted twice.
-- KEYS: lead hash, then the counters, the sorted sets to leave and the sorted sets to join (counts in ARGV).
-- ARGV: guard, erase flag ('1' deletes the hash), #counters, #leave, #join, then a delta per counter,
--       a member per set to leave, a score and a member per set to join, then field/value pairs to set.
-- Guard '' means "the lead must not exist" (an insert): returns 1 when it was stored but not announced, 2 when
-- stored and announced. Any other guard is the status the lead must have: returns 3 when it has not (gone, or
-- the change was computed from a stale read). Returns 0 when applied.
local hash = KEYS[1]
if ARGV[1] == '' then
  if redis.call('EXISTS', hash) == 1 then
    if redis.call('HEXISTS', hash, 'announcedAt') == 1 then
      return 2
    end
    return 1
  end
elseif redis.call('HGET', hash, 'status') ~= ARGV[1] then
  return 3
end
local counters, leave, join = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local k, a = 2, 6
for _ = 1, counters do
  redis.call('INCRBY', KEYS[k], ARGV[a])
  k, a = k + 1, a + 1
end
for _ = 1, leave do
  redis.call('ZREM', KEYS[k], ARGV[a])
  k, a = k + 1, a + 1
end
for _ = 1, join do
  redis.call('ZADD', KEYS[k], ARGV[a], ARGV[a + 1])
  k, a = k + 1, a + 2
end
if ARGV[2] == '1' then
  redis.call('DEL', hash)
elseif #ARGV >= a then
  redis.call('HSET', hash, unpack(ARGV, a))
end
return 0
