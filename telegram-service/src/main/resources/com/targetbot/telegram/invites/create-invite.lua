-- Stores an invite under the hash of its token until it expires, and lists it by id for the admins. An invite
-- already stored under that hash is left as it is, so a redelivered command never revives a used invite.
-- KEYS: invite hash (telegram:invite:<sha-256 of the token>), index of outstanding invites (id -> token hash).
-- ARGV: id, role, expiresAt (ISO-8601), createdBy, expiry in epoch milliseconds, token hash.
-- Returns 1 when stored, 0 when it was there already.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'role', ARGV[2], 'expiresAt', ARGV[3], 'createdBy', ARGV[4])
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[6])
return 1
