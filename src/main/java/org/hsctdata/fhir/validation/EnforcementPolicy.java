package org.hsctdata.fhir.validation;

import java.util.Locale;

/**
 * What the server demands of a write whose resource type one of our profiles covers (Patient, RelatedPerson,
 * Condition, Observation, CarePlan, Procedure, BiologicallyDerivedProduct, MedicationAdministration, AdverseEvent,
 * ...). Under every policy, a resource is validated against base FHIR R4 and every profile it claims, and a write with
 * any error is refused with 422. {@link ProfileSelector} chooses the profiles.
 */
public enum EnforcementPolicy {

	/**
	 * The default. Besides what it claims, a resource is held to each of our profiles that its content identifies
	 * (an Observation whose {@code code} is an MRD code meets the MRD profile whether or not it claims it); anything
	 * else (vital signs, blood counts, encounters) needs only base R4.
	 */
	CONTENT,

	/** As {@link #CONTENT}, and the resource must also claim one of our profiles for its type. */
	STRICT,

	/** Base FHIR R4 validation, plus the profiles the resource claims, if any; content identifies nothing. */
	OPEN;

	/** The value as written in {@code hsct.validation.policy}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}
}
