package com.targetbot.meta.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GraphPropertiesTests {

    @Test
    void edgesAreReadAtGraphsLargestPageByDefault() {
        GraphProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("targetbot.meta.graph", GraphProperties.class);

        // 4,000 ads of one account are 40 calls at 100 a page, 160 at Graph's default of 25.
        assertThat(defaults.pageSize()).isEqualTo(100);
    }
}
