/** Event records of the projects domain: the agency's clients, their ad accounts, chats and targets. */
@NullMarked
package com.targetbot.events.projects;

import org.jspecify.annotations.NullMarked;
