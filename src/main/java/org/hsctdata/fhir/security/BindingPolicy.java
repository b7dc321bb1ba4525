package org.hsctdata.fhir.security;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Where a server may listen: anywhere when it requires tokens; otherwise only on the loopback interface, which is
 * also where it listens when no address is configured. Without authentication, anyone who can reach the port can
 * read and change every record.
 */
final class BindingPolicy {

	private BindingPolicy() {}

	/**
	 * The address to listen on.
	 *
	 * @param configured      {@code server.address}, if set
	 * @param securityEnabled whether tokens are required ({@code hsct.security.issuer} is set)
	 * @return the configured address, or loopback when none is configured on an unsecured server
	 * @throws InsecureBindingException for a non-loopback address on an unsecured server
	 */
	static Optional<InetAddress> address(Optional<InetAddress> configured, boolean securityEnabled) {
		if (securityEnabled) {
			return configured;
		}
		if (configured.isEmpty()) {
			return Optional.of(InetAddress.getLoopbackAddress());
		}
		if (!configured.get().isLoopbackAddress()) {
			throw new InsecureBindingException(configured.get());
		}
		return configured;
	}
}
