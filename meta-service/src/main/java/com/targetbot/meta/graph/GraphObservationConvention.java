package com.targetbot.meta.graph;

import io.micrometer.common.KeyValue;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.HighCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The default convention writes the whole request URL into traces ({@code http.url}); Graph queries carry the
 * token's proof, {@code debug_token}'s input token and paging cursors: this one records the URL without the query.
 */
class GraphObservationConvention extends DefaultClientRequestObservationConvention {

    @Override
    protected KeyValue requestUri(ClientRequestObservationContext context) {
        if (context.getCarrier() == null) {
            return super.requestUri(context);
        }
        String withoutQuery = UriComponentsBuilder.fromUri(context.getCarrier().getURI())
                .replaceQuery(null)
                .build()
                .toUriString();
        return KeyValue.of(HighCardinalityKeyNames.HTTP_URL, withoutQuery);
    }
}
