package org.hsctdata.fhir.security;

import java.util.Optional;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Applies the {@link BindingPolicy} to the embedded web server before it opens its port: an unsecured server listens
 * on loopback, and refuses to start when told to listen anywhere else.
 */
final class LoopbackGuard implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

	private final ServerProperties server;

	private final HsctServerProperties properties;

	LoopbackGuard(ServerProperties server, HsctServerProperties properties) {
		this.server = server;
		this.properties = properties;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		BindingPolicy.address(
						Optional.ofNullable(server.getAddress()),
						properties.security().enabled())
				.ifPresent(factory::setAddress);
	}

	/** After Spring Boot's own customizer, which applies {@code server.address}. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
