-- Applies one change to a lead, its indexes and its counters in one atomic step, so no crash can leave a
-- lead indexed but uncounted, or counted twice.
-- KEYS: lead hash, the last short number, the number index, then the counters, the sorted sets to leave, the
--       sorted sets to join and the contact indexes to look for an original in (counts in ARGV).
-- ARGV: guard, erase flag ('1' deletes the hash), #counters, #leave, #join, #contacts, the duplicate window's
--       lowest and highest score, the lead hash key prefix, the number ('' none, 'next' the next one, else
--       the number to give, keeping the last number at least at it), the lead id, then a delta per counter,
--       a member per set to leave, a score and a member per set to join, then field/value pairs to set.
-- Guard '' means "the lead must not exist" (an insert): returns {1} when it was stored but not announced, {2}
-- when stored and announced. Any other guard is the status the lead must have: returns {3} when it has not
-- (gone, or the change was computed from a stale read). Returns {0, original id or '', number or ''} when
-- applied.
-- The duplicate check runs inside the same step as the insert, so two leads with one phone stored at the
-- same moment by different consumers cannot miss each other: the second stored always sees the first, even
-- when the first carries the later creation time.
local hash = KEYS[1]
if ARGV[1] == '' then
  if redis.call('EXISTS', hash) == 1 then
    if redis.call('HEXISTS', hash, 'announcedAt') == 1 then
      return {2}
    end
    return {1}
  end
elseif redis.call('HGET', hash, 'status') ~= ARGV[1] then
  return {3}
end
local counters, leave, join, contacts = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])

-- The earliest lead in the window on any contact index; a copy points at that lead's own original.
local original = ''
local earliest
for c = 0, contacts - 1 do
  local found = redis.call('ZRANGEBYSCORE', KEYS[4 + counters + leave + join + c], ARGV[7], ARGV[8],
    'WITHSCORES', 'LIMIT', 0, 1)
  if found[1] and (earliest == nil or tonumber(found[2]) < earliest) then
    original, earliest = found[1], tonumber(found[2])
  end
end
if original ~= '' then
  original = redis.call('HGET', ARGV[9] .. original, 'duplicateOf') or original
end

-- Numbered inside the insert, so a redelivered command finds the lead stored and keeps its number.
local number = ARGV[10]
if number == 'next' then
  number = tostring(redis.call('INCR', KEYS[2]))
elseif number ~= '' and tonumber(redis.call('GET', KEYS[2]) or '0') < tonumber(number) then
  redis.call('SET', KEYS[2], number)
end
if number ~= '' then
  redis.call('ZADD', KEYS[3], number, ARGV[11])
end

local k, a = 4, 12
for _ = 1, counters do
  redis.call('INCRBY', KEYS[k], ARGV[a])
  k, a = k + 1, a + 1
end
for _ = 1, leave do
  redis.call('ZREM', KEYS[k], ARGV[a])
  k, a = k + 1, a + 1
end
for _ = 1, join do
  redis.call('ZADD', KEYS[k], ARGV[a], ARGV[a + 1])
  k, a = k + 1, a + 2
end
if ARGV[2] == '1' then
  redis.call('DEL', hash)
else
  if #ARGV >= a then
    redis.call('HSET', hash, unpack(ARGV, a))
  end
  if original ~= '' then
    redis.call('HSET', hash, 'duplicateOf', original)
  end
  if number ~= '' then
    redis.call('HSET', hash, 'number', number)
  end
end
return {0, original, number}
