package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;

/**
 * Makes the CapabilityStatement that HAPI generates say what the server does, from the storage settings that decide
 * it. HAPI 8.8.0 claims what the server does not do, and leaves out some of what it does:
 *
 * <ul>
 *   <li>{@code conditionalDelete = multiple} for every type, when multiple deletes are off: HAPI's {@code
 *       ServerCapabilityStatementProvider} takes {@code multiple} from the {@code @ConditionalUrlParam(supportsMultiple
 *       = true)} of {@code BaseJpaResourceProvider#delete}, and {@code
 *       JpaCapabilityStatementProvider#postProcessRestResource}, which means to say {@code single}, sets it with {@code
 *       FhirTerser#addElement}, which leaves the value already there;
 *   <li>{@code $expunge}, an operation of HAPI's JPA providers, when expunge is disabled (its calls get 405);
 *   <li>{@code transaction} but not {@code batch}, though the one endpoint takes both;
 *   <li>no {@code updateCreate}, which neither provider sets.
 * </ul>
 *
 * <p>Canary: {@code HapiCanariesIT#hapisCapabilityStatementClaimsWhatTheServerDoesNot}.
 */
final class CapabilityStatementClaims {

	private static final String EXPUNGE = "expunge";

	private final JpaStorageSettings settings;

	CapabilityStatementClaims(JpaStorageSettings settings) {
		this.settings = settings;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	void declareWhatIsTrue(IBaseConformance generated) {
		for (CapabilityStatementRestComponent rest : ((CapabilityStatement) generated).getRest()) {
			if (rest.getInteraction().stream().anyMatch(i -> i.getCode() == SystemRestfulInteraction.TRANSACTION)
					&& rest.getInteraction().stream().noneMatch(i -> i.getCode() == SystemRestfulInteraction.BATCH)) {
				rest.addInteraction().setCode(SystemRestfulInteraction.BATCH); // the same endpoint
			}
			if (!settings.isExpungeEnabled()) {
				rest.getOperation().removeIf(operation -> EXPUNGE.equals(operation.getName()));
			}
			rest.getResource().forEach(this::declare);
		}
	}

	private void declare(CapabilityStatementRestResourceComponent resource) {
		if (!settings.isExpungeEnabled()) {
			resource.getOperation().removeIf(operation -> EXPUNGE.equals(operation.getName()));
		}
		if (resource.hasConditionalDelete()
				&& resource.getConditionalDelete() != ConditionalDeleteStatus.NOTSUPPORTED) {
			resource.setConditionalDelete(
					settings.isAllowMultipleDelete()
							? ConditionalDeleteStatus.MULTIPLE
							: ConditionalDeleteStatus.SINGLE);
		}
		if (resource.getInteraction().stream().anyMatch(i -> i.getCode() == TypeRestfulInteraction.UPDATE)) {
			resource.setUpdateCreate(
					settings.getResourceClientIdStrategy() != JpaStorageSettings.ClientIdStrategyEnum.NOT_ALLOWED);
		}
	}
}
