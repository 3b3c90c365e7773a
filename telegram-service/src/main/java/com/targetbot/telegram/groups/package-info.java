/**
 * Group chats registered as destinations for notifications ({@code /register} by an admin in the group).
 * Only a registered group ever receives private data such as leads; the set lives in Redis
 * ({@code telegram:groups}).
 */
@NullMarked
package com.targetbot.telegram.groups;

import org.jspecify.annotations.NullMarked;
