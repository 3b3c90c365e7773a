-- Gives a known user a role unless they already hold a higher one; an invite never demotes.
-- KEYS: user hash. ARGV: the role. Returns the role the user holds afterwards, false for an unknown user.
local rank = { client = 1, manager = 2, admin = 3 }
local current = redis.call('HGET', KEYS[1], 'role')
if not current then
  return false
end
if rank[ARGV[1]] > (rank[current] or 0) then
  redis.call('HSET', KEYS[1], 'role', ARGV[1])
  return ARGV[1]
end
return current
