-- Applies one project's record from projects.events unless a newer or equal version is held.
-- KEYS[1] project -> version hash, KEYS[2] claim -> project hash, KEYS[3] the project's claims (set)
-- ARGV[1] project id, ARGV[2] version, ARGV[3..] the project's claims now (none: deleted)
local held = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if held >= tonumber(ARGV[2]) then
  return 0
end
for _, claim in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  -- Another project may have taken the claim meanwhile (its record was read first): leave it there.
  if redis.call('HGET', KEYS[2], claim) == ARGV[1] then
    redis.call('HDEL', KEYS[2], claim)
  end
end
redis.call('DEL', KEYS[3])
for i = 3, #ARGV do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[1])
  redis.call('SADD', KEYS[3], ARGV[i])
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
