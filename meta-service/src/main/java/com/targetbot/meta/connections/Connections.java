package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphAccessToken;
import java.util.List;

/** The connections the service may call Meta through, and their tokens. */
public interface Connections {

    /** Every connection not known to be broken, in a stable order. */
    List<MetaConnection> active();

    /**
     * The token to call Meta with as this connection.
     *
     * @throws java.util.NoSuchElementException when the connection does not exist (any more)
     */
    GraphAccessToken token(String connectionId);
}
