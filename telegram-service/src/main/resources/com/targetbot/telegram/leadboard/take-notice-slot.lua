-- Takes one notice slot of a chat if fewer than the limit were taken in the sliding window before now, as Telegram
-- counts its own limits: calendar minutes would let a burst across a minute boundary through twice.
-- KEYS: the chat's taken slots (sorted set scored by time). ARGV: now (ms), window (ms), limit, a unique member.
-- Returns 1 when the slot was taken, 0 when the chat is over its budget.
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 1
