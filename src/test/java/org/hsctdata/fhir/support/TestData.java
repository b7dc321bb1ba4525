package org.hsctdata.fhir.support;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resources that meet our profiles, made from the shipped passing fixtures, for tests that need valid data the
 * server will store. Each call returns a new resource with a fresh identifier and no id, so tests never collide on
 * the shared test database.
 */
public final class TestData {

	public static final String IDENTIFIER_SYSTEM = "urn:test:mrn";

	private TestData() {}

	/** A {@code BAllPatient} with a family name and a unique identifier. */
	public static Patient patient(String family) {
		Patient patient = (Patient) Fixtures.read("ball-patient/p1-pass.json");
		patient.setId((String) null);
		patient.addName().setFamily(family).addGiven("Test");
		patient.addIdentifier()
				.setSystem(IDENTIFIER_SYSTEM)
				.setValue(UUID.randomUUID().toString());
		return patient;
	}

	/** The {@code system|value} of the patient's unique identifier ({@link #patient}), for an {@code identifier} search. */
	public static String identifierOf(Patient patient) {
		return IDENTIFIER_SYSTEM + "|"
				+ patient.getIdentifier().stream()
						.filter(identifier -> IDENTIFIER_SYSTEM.equals(identifier.getSystem()))
						.findFirst()
						.orElseThrow()
						.getValue();
	}

	/** A {@code LymphocyteCountObservation} (LOINC 26474-7, 10*9/L) of the given patient. */
	public static Observation lymphocyteCount(String subject, double value) {
		Observation observation = (Observation) Fixtures.read("lymphocyte-count-observation/p1-pass.json");
		observation.setId((String) null);
		observation.setSubject(new Reference(subject));
		observation.getValueQuantity().setValue(value);
		return observation;
	}

	/**
	 * A transaction that POSTs the given resources in order; the first gets {@code fullUrl}, so the others can refer to
	 * it.
	 */
	public static Bundle transaction(String fullUrl, Resource first, Resource... others) {
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		post(transaction, first).setFullUrl(fullUrl);
		for (Resource other : others) {
			post(transaction, other);
		}
		return transaction;
	}

	private static Bundle.BundleEntryComponent post(Bundle transaction, Resource resource) {
		Bundle.BundleEntryComponent entry = transaction.addEntry().setResource(resource);
		entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
		return entry;
	}

	/** A {@code BAllCondition} of the given patient, without links to diagnostic evidence. */
	public static Condition bAllCondition(String subject) {
		Condition condition = (Condition) Fixtures.read("ball-condition/p1-pass.json");
		condition.setId((String) null);
		condition.setSubject(new Reference(subject));
		condition.setEvidence(null);
		return condition;
	}
}
