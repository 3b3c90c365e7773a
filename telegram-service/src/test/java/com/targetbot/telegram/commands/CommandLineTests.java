package com.targetbot.telegram.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTests {

    @Test
    void commandWithoutArgumentHasAnEmptyArgument() {
        assertThat(CommandLine.parse("/start")).contains(new CommandLine("start", ""));
    }

    @Test
    void deepLinkPayloadIsTheArgument() {
        assertThat(CommandLine.parse("/start campaign_42-a")).contains(new CommandLine("start", "campaign_42-a"));
    }

    @Test
    void botNameSuffixUsedInGroupsAndCaseAreIgnored() {
        assertThat(CommandLine.parse("  /Help@TargetBot  ")).contains(new CommandLine("help", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "/", "/@TargetBot", "", "   ", "start /start"})
    void textThatIsNoCommandParsesToNothing(String text) {
        assertThat(CommandLine.parse(text)).isEmpty();
    }
}
