package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.hsctdata.fhir.support.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Tests for {@link TokenDecoders}: a public key from a PEM file, and a JWK set served on loopback, with keys the test
 * generates.
 */
class TokenDecodersTests {

	static final TestIssuer ISSUER = TestIssuer.create();

	@TempDir
	static Path keys;

	static JwtDecoder fromPem;

	static JwtDecoder fromJwkSet;

	@BeforeAll
	static void decoders() {
		fromPem = TokenDecoders.create(
				security("", "file:" + ISSUER.writePublicKeyPem(keys), TestIssuer.AUDIENCE),
				new DefaultResourceLoader());
		fromJwkSet = TokenDecoders.create(
				security(ISSUER.jwkSetUri(), "", TestIssuer.AUDIENCE), new DefaultResourceLoader());
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	static HsctServerProperties.Security security(String jwkSetUri, String publicKeyLocation, String audience) {
		return new HsctServerProperties.Security(TestIssuer.ISSUER, jwkSetUri, publicKeyLocation, audience, "", "");
	}

	@Test
	void acceptsATokenSignedWithTheIssuersKey() {
		Jwt jwt = fromPem.decode(ISSUER.token("dr-who", "user/*.rs"));

		assertThat(jwt.getSubject()).isEqualTo("dr-who");
		assertThat(fromJwkSet.decode(ISSUER.token("dr-who", "user/*.rs")).getSubject())
				.isEqualTo("dr-who");
	}

	@Test
	void acceptsEllipticCurveTokensFromAJwkSet() {
		Jwt jwt = fromJwkSet.decode(
				ISSUER.es256(TestIssuer.claims("backend", "system/*.rs").build()));

		assertThat(jwt.getClaimAsString("scope")).isEqualTo("system/*.rs");
	}

	@Test
	void refusesAForgedSignature() {
		String forged = ISSUER.forged(TestIssuer.claims("mallory", "system/*.*").build());

		assertThatThrownBy(() -> fromPem.decode(forged)).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> fromJwkSet.decode(forged)).isInstanceOf(BadJwtException.class);
	}

	@Test
	void refusesAnExpiredToken() {
		JWTClaimsSet expired = TestIssuer.claims("dr-who", "user/*.rs")
				.issueTime(Date.from(Instant.now().minusSeconds(3600)))
				.expirationTime(Date.from(Instant.now().minusSeconds(600)))
				.build();

		assertThatThrownBy(() -> fromJwkSet.decode(ISSUER.rs256(expired)))
				.isInstanceOf(BadJwtException.class)
				.hasMessageContaining("expired");
	}

	@Test
	void refusesAnotherIssuer() {
		JWTClaimsSet other = TestIssuer.claims("dr-who", "user/*.rs")
				.issuer("https://elsewhere.test")
				.build();

		assertThatThrownBy(() -> fromJwkSet.decode(ISSUER.rs256(other)))
				.isInstanceOf(BadJwtException.class)
				.hasMessageContaining("iss");
	}

	@Test
	void refusesAnotherAudience() {
		JWTClaimsSet other = TestIssuer.claims("dr-who", "user/*.rs")
				.audience(List.of("some-other-api"))
				.build();

		assertThatThrownBy(() -> fromPem.decode(ISSUER.rs256(other)))
				.isInstanceOf(BadJwtException.class)
				.hasMessageContaining("aud");
	}

	@Test
	void discoversTheKeysFromTheIssuersMetadata() {
		HsctServerProperties.Security discovering =
				new HsctServerProperties.Security(ISSUER.discoverableIssuer(), "", "", "", "", "");
		JwtDecoder decoder = TokenDecoders.create(discovering, new DefaultResourceLoader());

		Jwt jwt = decoder.decode(ISSUER.rs256(TestIssuer.claims("dr-who", "user/*.rs")
				.issuer(ISSUER.discoverableIssuer())
				.build()));

		assertThat(jwt.getSubject()).isEqualTo("dr-who");
	}

	@Test
	void saysSoWhenTheIssuerCannotBeReached() {
		HsctServerProperties.Security unreachable =
				new HsctServerProperties.Security("http://127.0.0.1:1/nobody", "", "", "", "", "");

		assertThatThrownBy(() -> TokenDecoders.create(unreachable, new DefaultResourceLoader()))
				.hasMessageContaining("HSCT-0013")
				.hasMessageContaining("http://127.0.0.1:1/nobody");
	}

	@Test
	void refusesTwoKeySources() {
		assertThatThrownBy(() -> TokenDecoders.create(
						security("http://127.0.0.1:1/jwks", "file:/nowhere.pem", ""), new DefaultResourceLoader()))
				.hasMessageContaining("HSCT-0011");
	}

	@Test
	void saysWhichKeyFileItCannotRead() {
		assertThatThrownBy(() -> TokenDecoders.create(
						security("", "file:" + keys.resolve("missing.pem"), ""), new DefaultResourceLoader()))
				.hasMessageContaining("HSCT-0012")
				.hasMessageContaining("missing.pem");
	}
}
