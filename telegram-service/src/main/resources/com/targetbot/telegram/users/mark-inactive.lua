-- Marks a known user unreachable; an unknown id (a group chat, a user who never registered) is left alone.
-- KEYS: user hash. Returns 1 when the user exists.
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSET', KEYS[1], 'active', 'false')
  return 1
end
return 0
