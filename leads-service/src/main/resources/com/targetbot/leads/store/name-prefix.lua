-- Members of the name index starting with a prefix, after a member when one is given: byte 255 never occurs
-- in UTF-8, so '[p' .. '[p\255' spans exactly the members that start with p, whatever characters follow.
-- KEYS: name index. ARGV: prefix (folded as NameWords does), the member to continue after or '', how many.
local from = ARGV[2] == '' and '[' .. ARGV[1] or '(' .. ARGV[2]
return redis.call('ZRANGEBYLEX', KEYS[1], from, '[' .. ARGV[1] .. '\255', 'LIMIT', 0, ARGV[3])
