-- Takes one notice slot of a chat's minute window; the first take of a window starts its expiry, so no key outlives
-- its minute by much and no separate cleanup is needed.
-- KEYS: the window's counter. ARGV: seconds the counter lives. Returns the slots taken in the window, this one included.
local taken = redis.call('INCR', KEYS[1])
if taken == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return taken
