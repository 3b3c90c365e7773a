-- Stores an invite under the hash of its token until it expires, and lists it by id for the admins.
-- KEYS: invite hash (telegram:invite:<sha-256 of the token>), index of outstanding invites (id -> token hash).
-- ARGV: id, role, expiresAt (ISO-8601), createdBy, expiry in epoch milliseconds, token hash.
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'role', ARGV[2], 'expiresAt', ARGV[3], 'createdBy', ARGV[4])
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[6])
return 1
