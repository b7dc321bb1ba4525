package org.hsctdata.fhir.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The verifier of access tokens: the signature against the issuer's keys, then the expiry and not-before times
 * (with Spring Security's 60 s of clock skew), the issuer, and the audience when one is configured.
 */
final class TokenDecoders {

	private TokenDecoders() {}

	/**
	 * The decoder for these settings: from a PEM file, from the JWK set named, or (neither named) from the JWK set the
	 * issuer's metadata names, discovered now: a server that cannot reach its issuer does not start.
	 */
	static JwtDecoder create(HsctServerProperties.Security security, ResourceLoader resources) {
		if (!security.jwkSetUri().isBlank() && !security.publicKeyLocation().isBlank()) {
			throw new IllegalStateException(IssueCode.TOKEN_KEYS_TWICE.message(
					"set either hsct.security.jwk-set-uri or hsct.security.public-key-location, not both"));
		}
		if (!security.publicKeyLocation().isBlank()) {
			return validating(
					NimbusJwtDecoder.withPublicKey(publicKey(security.publicKeyLocation(), resources))
							.signatureAlgorithm(SignatureAlgorithm.RS256)
							.build(),
					security);
		}
		if (security.jwkSetUri().isBlank()) {
			try {
				return validating(withAlgorithms(NimbusJwtDecoder.withIssuerLocation(security.issuer())), security);
			} catch (RuntimeException unreachable) {
				throw new IllegalStateException(
						IssueCode.ISSUER_KEYS_UNDISCOVERABLE.message("cannot discover the keys of hsct.security.issuer="
								+ security.issuer() + " from its metadata (/.well-known/openid-configuration): "
								+ unreachable.getMessage()
								+ "; set hsct.security.jwk-set-uri or hsct.security.public-key-location instead"),
						unreachable);
			}
		}
		return validating(withAlgorithms(NimbusJwtDecoder.withJwkSetUri(security.jwkSetUri())), security);
	}

	private static NimbusJwtDecoder withAlgorithms(NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder) {
		return builder.jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
						SignatureAlgorithm.RS256,
						SignatureAlgorithm.RS384,
						SignatureAlgorithm.RS512,
						SignatureAlgorithm.PS256,
						SignatureAlgorithm.ES256,
						SignatureAlgorithm.ES384,
						SignatureAlgorithm.ES512)))
				.build();
	}

	private static NimbusJwtDecoder validating(NimbusJwtDecoder decoder, HsctServerProperties.Security security) {
		decoder.setJwtValidator(validator(security));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> validator(HsctServerProperties.Security security) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(security.issuer()));
		if (!security.audience().isBlank()) {
			validators.add(new JwtClaimValidator<List<String>>(
					JwtClaimNames.AUD, audience -> audience != null && audience.contains(security.audience())));
		}
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static RSAPublicKey publicKey(String location, ResourceLoader resources) {
		try (InputStream pem = resources.getResource(location).getInputStream()) {
			return RsaKeyConverters.x509().convert(pem);
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalStateException(
					IssueCode.PUBLIC_KEY_UNREADABLE.message("cannot read the RSA public key at"
							+ " hsct.security.public-key-location=" + location + ": " + e.getMessage()),
					e);
		}
	}
}
