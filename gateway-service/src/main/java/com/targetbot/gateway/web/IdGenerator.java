package com.targetbot.gateway.web;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.springframework.stereotype.Component;

/**
 * Ids for accepted writes: UUID version 7, so ids sort by creation time and index well downstream,
 * while the random part keeps them unguessable.
 */
@Component
public class IdGenerator {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    public String newId() {
        return generator.generate().toString();
    }
}
