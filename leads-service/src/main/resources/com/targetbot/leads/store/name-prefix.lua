-- Members of the name index starting with a prefix: byte 255 never occurs in UTF-8, so '[p' .. '[p\255'
-- spans exactly the names that start with p, whatever characters follow.
-- KEYS: name index. ARGV: lower-cased prefix, how many.
return redis.call('ZRANGEBYLEX', KEYS[1], '[' .. ARGV[1], '[' .. ARGV[1] .. '\255', 'LIMIT', 0, ARGV[2])
