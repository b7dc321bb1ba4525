package org.hsctdata.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.hsctdata.fhir.security.SmartScope.Context;
import org.hsctdata.fhir.security.SmartScope.Permission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests for {@link SmartScope}: the SMART v2 and v1 scope grammar. */
class SmartScopeTests {

	@ParameterizedTest(name = "{0} grants {3}")
	@CsvSource({
		"patient/Observation.rs, PATIENT, Observation, rs",
		"patient/*.cruds, PATIENT, *, cruds",
		"user/Observation.cruds, USER, Observation, cruds",
		"system/*.*, SYSTEM, *, cruds",
		"user/Patient.c, USER, Patient, c",
		"user/Patient.ud, USER, Patient, ud",
		"system/AuditEvent.s, SYSTEM, AuditEvent, s",
		"patient/*.read, PATIENT, *, rs",
		"user/Observation.write, USER, Observation, cud",
		"patient/MedicationAdministration.*, PATIENT, MedicationAdministration, cruds"
	})
	void parsesResourceScopes(String text, Context context, String type, String letters) {
		SmartScope scope = SmartScope.parse(text).orElseThrow();

		assertThat(scope.context()).isEqualTo(context);
		assertThat(scope.resourceType()).isEqualTo(type);
		assertThat(scope.permissions()).isEqualTo(permissions(letters));
	}

	@ParameterizedTest(name = "{0} grants nothing")
	@ValueSource(
			strings = {
				"openid",
				"fhirUser",
				"launch/patient",
				"offline_access",
				"patient/Observation.",
				"patient/Observation.sr",
				"patient/Observation.rsx",
				"patient/observation.rs",
				"practitioner/*.rs",
				"patient/Observation.rs?category=laboratory",
				"patient/*.read write",
				"Patient/*.rs",
				"patient/*"
			})
	void refusesWhatItDoesNotUnderstand(String text) {
		assertThat(SmartScope.parse(text)).isEmpty();
	}

	private static EnumSet<Permission> permissions(String letters) {
		EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (char letter : letters.toCharArray()) {
			permissions.add(
					switch (letter) {
						case 'c' -> Permission.CREATE;
						case 'r' -> Permission.READ;
						case 'u' -> Permission.UPDATE;
						case 'd' -> Permission.DELETE;
						case 's' -> Permission.SEARCH;
						default -> throw new IllegalArgumentException(String.valueOf(letter));
					});
		}
		return permissions;
	}
}
