-- An admin's change to a known user: the role as given (it may lower one), and activation. Deactivation is
-- remembered (disabled) so the user's next /start does not reactivate them; activation clears it.
-- KEYS: user hash. ARGV: role ('' = unchanged), active ('true' | 'false' | '' = unchanged).
-- Returns 1 when the user exists.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
if ARGV[1] ~= '' then
  redis.call('HSET', KEYS[1], 'role', ARGV[1])
end
if ARGV[2] == 'true' then
  redis.call('HSET', KEYS[1], 'active', 'true')
  redis.call('HDEL', KEYS[1], 'disabled')
elseif ARGV[2] == 'false' then
  redis.call('HSET', KEYS[1], 'active', 'false', 'disabled', 'true')
end
return 1
