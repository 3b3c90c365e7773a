package com.targetbot.events;

/**
 * The JSON form of a type version that producers no longer write but that topics kept forever still hold
 * (a rebuild replays them). Readers get the current record, never this one.
 *
 * @param <E> the current record the old form becomes
 */
public interface RetiredVersion<E extends Event> {

    /** The same fact as the current record; fields the old version lacked are left empty. */
    E upcast();
}
