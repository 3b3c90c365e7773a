-- How many members of the name index start with each prefix (ZLEXCOUNT: O(log N), reads no member), so a search
-- walks the narrowest range. Byte 255 bounds a prefix as in name-prefix.lua.
-- KEYS: name index. ARGV: the prefixes (folded as NameWords does).
local counts = {}
for i, prefix in ipairs(ARGV) do
  counts[i] = redis.call('ZLEXCOUNT', KEYS[1], '[' .. prefix, '[' .. prefix .. '\255')
end
return counts
