package com.targetbot.leads.sample;

import com.targetbot.meta.sample.MetaInternal;

/** A leads class that reaches into meta-service: what the architecture rule must catch. */
public class UsesMeta {

    public String name() {
        return new MetaInternal().toString();
    }
}
