package com.targetbot.leads.store;

/** What {@link LeadWrites#insert(Lead)} found. */
public enum InsertOutcome {
    /** The lead is new: it was stored, indexed and counted. */
    INSERTED,
    /** A lead with this id was stored before, but its announcement was never acknowledged. */
    STORED_UNANNOUNCED,
    /** A lead with this id was stored and announced before. */
    STORED_ANNOUNCED
}
