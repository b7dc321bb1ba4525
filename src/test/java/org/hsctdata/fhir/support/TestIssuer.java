package org.hsctdata.fhir.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A token issuer for tests: signing keys generated when it is created (RSA 2048 and EC P-256, never stored), tokens
 * minted with them, and its public keys served as a JWK set on loopback, the way an OAuth2 authorization server
 * publishes them. Nothing leaves the machine.
 */
public final class TestIssuer implements AutoCloseable {

	public static final String ISSUER = "https://issuer.test/hsct";

	public static final String AUDIENCE = "hsct-fhir";

	private final RSAKey rsa;

	private final ECKey ec;

	private HttpServer jwks;

	private TestIssuer() {
		try {
			rsa = new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).generate();
			ec = new ECKeyGenerator(Curve.P_256)
					.keyID("ec-" + UUID.randomUUID())
					.generate();
		} catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	public static TestIssuer create() {
		return new TestIssuer();
	}

	/** Claims of a token valid for five minutes from now, for this issuer and audience. */
	public static JWTClaimsSet.Builder claims(String subject, String scope) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder()
				.issuer(ISSUER)
				.audience(List.of(AUDIENCE))
				.subject(subject)
				.claim("client_id", "test-app")
				.claim("scope", scope)
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
				.jwtID(UUID.randomUUID().toString());
	}

	/** A valid RS256 token. */
	public String token(String subject, String scope) {
		return rs256(claims(subject, scope).build());
	}

	/** A valid RS256 token with a SMART patient launch context. */
	public String patientToken(String subject, String scope, String patientId) {
		return rs256(claims(subject, scope).claim("patient", patientId).build());
	}

	public String rs256(JWTClaimsSet claims) {
		try {
			return sign(new RSASSASigner(rsa), JWSAlgorithm.RS256, rsa.getKeyID(), claims);
		} catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	public String es256(JWTClaimsSet claims) {
		try {
			return sign(new ECDSASigner(ec), JWSAlgorithm.ES256, ec.getKeyID(), claims);
		} catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A token that names this issuer's key but is signed with another key, as a forger would. */
	public String forged(JWTClaimsSet claims) {
		try {
			RSAKey other = new RSAKeyGenerator(2048).generate();
			return sign(new RSASSASigner(other), JWSAlgorithm.RS256, rsa.getKeyID(), claims);
		} catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, JWTClaimsSet claims)
			throws JOSEException {
		SignedJWT jwt =
				new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
		jwt.sign(signer);
		return jwt.serialize();
	}

	/** The RSA public key as a PEM file in this folder, for {@code hsct.security.public-key-location}. */
	public Path writePublicKeyPem(Path folder) {
		try {
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
							.encodeToString(rsa.toRSAPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			return Files.writeString(folder.resolve("issuer-public-key.pem"), pem);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Serves the public keys as a JWK set on loopback (started on first call) and returns its URL. */
	public synchronized String jwkSetUri() {
		return base() + "/jwks";
	}

	/**
	 * An issuer URL on loopback that publishes OpenID metadata ({@code /.well-known/openid-configuration}) naming
	 * {@link #jwkSetUri()}, for discovery; tokens for it need this URL as {@code iss}.
	 */
	public synchronized String discoverableIssuer() {
		return base() + "/discoverable";
	}

	private String base() {
		if (jwks == null) {
			try {
				jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				String base = "http://127.0.0.1:" + jwks.getAddress().getPort();
				serve("/jwks", new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString());
				serve(
						"/discoverable/.well-known/openid-configuration",
						"{\"issuer\":\"" + base + "/discoverable\",\"jwks_uri\":\"" + base + "/jwks\"}");
				jwks.start();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return "http://127.0.0.1:" + jwks.getAddress().getPort();
	}

	private void serve(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		jwks.createContext(path, exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	@Override
	public synchronized void close() {
		if (jwks != null) {
			jwks.stop(0);
			jwks = null;
		}
	}
}
