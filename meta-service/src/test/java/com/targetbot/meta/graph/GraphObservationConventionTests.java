package com.targetbot.meta.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.mock.http.client.MockClientHttpRequest;

class GraphObservationConventionTests {

    @Test
    void tracedUrlLeavesOutTheQueryThatCarriesTheToken() {
        var request = new MockClientHttpRequest(
                HttpMethod.GET,
                URI.create("https://graph.facebook.com/v23.0/me/adaccounts?access_token=secret&appsecret_proof=abc"));

        var keyValues = new GraphObservationConvention()
                .getHighCardinalityKeyValues(new ClientRequestObservationContext(request));

        assertThat(keyValues).contains(KeyValue.of("http.url", "https://graph.facebook.com/v23.0/me/adaccounts"));
    }
}
