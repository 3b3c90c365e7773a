-- Registers a Telegram user, or refreshes the profile of a known one and marks them reachable again, unless
-- an admin deactivated them (field disabled): a /start must not undo that.
-- The token, role and registration time are written only on first contact.
-- KEYS: user hash, set of user ids.
-- ARGV: id, chatId, firstName, lastName, username, languageCode ('' = absent), token, role, registeredAt.
-- Returns {token, 1} for a new user, {existing token, 0} for a known one.
local key = KEYS[1]
redis.call('HSET', key, 'id', ARGV[1], 'chatId', ARGV[2], 'firstName', ARGV[3])
if redis.call('HGET', key, 'disabled') ~= 'true' then
  redis.call('HSET', key, 'active', 'true')
end
local optional = { lastName = ARGV[4], username = ARGV[5], languageCode = ARGV[6] }
for field, value in pairs(optional) do
  if value == '' then
    redis.call('HDEL', key, field)
  else
    redis.call('HSET', key, field, value)
  end
end
local token = redis.call('HGET', key, 'token')
if token then
  return { token, 0 }
end
redis.call('HSET', key, 'token', ARGV[7], 'role', ARGV[8], 'registeredAt', ARGV[9])
redis.call('SADD', KEYS[2], ARGV[1])
return { ARGV[7], 1 }
