package org.hsctdata.fhir.security;

import java.net.InetAddress;
import org.hsctdata.fhir.rest.IssueCode;

/** The server was asked to listen on a network interface without requiring tokens; it refuses to start. */
final class InsecureBindingException extends RuntimeException {

	private final transient InetAddress address;

	InsecureBindingException(InetAddress address) {
		super(IssueCode.INSECURE_BINDING.message("refusing to listen on " + address.getHostAddress()
				+ " without authentication: set hsct.security.issuer, or listen on loopback only"
				+ " (server.address=127.0.0.1)"));
		this.address = address;
	}

	InetAddress address() {
		return address;
	}
}
