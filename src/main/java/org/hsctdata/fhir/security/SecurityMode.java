package org.hsctdata.fhir.security;

import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Conditions on whether tokens are required, that is whether {@code hsct.security.issuer} is set (and not blank). */
final class SecurityMode {

	private SecurityMode() {}

	static boolean secured(ConditionContext context) {
		String issuer = context.getEnvironment().getProperty(HsctServerProperties.Security.ISSUER_PROPERTY, "");
		return !issuer.isBlank();
	}

	/** Tokens are required. */
	static final class Secured implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return secured(context);
		}
	}

	/** No authentication (and, by {@link BindingPolicy}, loopback only). */
	static final class Open implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !secured(context);
		}
	}
}
