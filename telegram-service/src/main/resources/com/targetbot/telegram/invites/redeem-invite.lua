-- Redeems an invite once: the first user wins, any later one (or a racing one) gets nothing. The used invite
-- is kept for a while with its redeemer, so the same user's redelivered /start is granted again rather than
-- told the link is used; it leaves the index of outstanding invites at once.
-- KEYS: invite hash, index of outstanding invites. ARGV: user id, seconds to keep the used invite.
-- Returns the invite's role, or false when it is unknown, expired or used by someone else.
local id = redis.call('HGET', KEYS[1], 'id')
if not id then
  return false
end
local role = redis.call('HGET', KEYS[1], 'role')
local usedBy = redis.call('HGET', KEYS[1], 'usedBy')
if usedBy then
  if usedBy == ARGV[1] then
    return role
  end
  return false
end
redis.call('HSET', KEYS[1], 'usedBy', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[2], id)
return role
