package org.hsctdata.fhir.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier.InclusionTypeEnum;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier.ResourceEntry;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Tests for {@link WithReferencedResources}, on HAPI's own generator, with a store of a few resources in memory. */
class WithReferencedResourcesTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	final Map<String, Resource> store = new HashMap<>();

	/** A registry whose DAOs read from the store; a resource named "forbidden" refuses, as for a patient scope. */
	@SuppressWarnings({"unchecked", "rawtypes"})
	DaoRegistry daos() {
		DaoRegistry daos = mock(DaoRegistry.class);
		when(daos.isResourceTypeSupported(anyString())).thenReturn(true);
		IFhirResourceDao dao = mock(IFhirResourceDao.class);
		when(dao.read(any(IIdType.class), any(RequestDetails.class))).thenAnswer(call -> {
			String id =
					((IIdType) call.getArgument(0)).toUnqualifiedVersionless().getValue();
			if (id.endsWith("/forbidden")) {
				throw new ForbiddenOperationException("no");
			}
			Resource stored = store.get(id);
			if (stored == null) {
				throw new ResourceNotFoundException(id);
			}
			return stored.copy();
		});
		when(daos.getResourceDao(anyString())).thenReturn(dao);
		return daos;
	}

	/** A section supplier that returns copies of these stored resources as its entries. */
	ISectionResourceSupplier entries(String... ids) {
		return new ISectionResourceSupplier() {
			@Override
			public <T extends IBaseResource> List<ResourceEntry> fetchResourcesForSection(
					IpsContext context, IpsSectionContext<T> section, RequestDetails request) {
				return java.util.Arrays.stream(ids)
						.map(id -> new ResourceEntry(store.get(id).copy(), InclusionTypeEnum.PRIMARY_RESOURCE))
						.toList();
			}
		};
	}

	void store(Resource resource) {
		store.put(resource.getIdElement().toUnqualifiedVersionless().getValue(), resource);
	}

	Condition condition(String id) {
		Condition condition = new Condition();
		condition.setId(id);
		condition.setSubject(new Reference("Patient/1"));
		return condition;
	}

	Procedure procedure(String id, String... references) {
		Procedure procedure = new Procedure();
		procedure.setId(id);
		procedure.setSubject(new Reference("Patient/1"));
		for (String reference : references) {
			procedure.addReasonReference(new Reference(reference));
		}
		return procedure;
	}

	Bundle summary(Map<String, String[]> sections) {
		DaoRegistry daos = daos();
		Map<String, ISectionResourceSupplier> suppliers = new LinkedHashMap<>();
		sections.forEach((title, ids) -> suppliers.put(title, new WithReferencedResources(entries(ids), daos, FHIR)));
		return HapiIpsCanaryTests.generateWith(suppliers);
	}

	static Resource entry(Bundle summary, String id) {
		return summary.getEntry().stream()
				.filter(entry -> entry.getFullUrl().endsWith("/" + id))
				.map(Bundle.BundleEntryComponent::getResource)
				.findFirst()
				.orElse(null);
	}

	@Test
	void aReferencedResourceComesAlongAndTheReferenceIsKept() {
		store(condition("Condition/1"));
		store(procedure("Procedure/1", "Condition/1"));

		Bundle summary = summary(Map.of("procedures", new String[] {"Procedure/1"}));

		assertThat(entry(summary, "Condition/1")).isNotNull();
		assertThat(((Procedure) entry(summary, "Procedure/1"))
						.getReasonReferenceFirstRep()
						.getReference())
				.endsWith("Condition/1");
		assertThat(HapiIpsCanaryTests.entries(summary, "procedures"))
				.singleElement()
				.asString()
				.endsWith("Procedure/1");
	}

	@Test
	void referencesAreFollowedTransitively() {
		store(condition("Condition/1"));
		store(procedure("Procedure/2", "Condition/1"));
		store(procedure("Procedure/1", "Procedure/2"));

		Bundle summary = summary(Map.of("procedures", new String[] {"Procedure/1"}));

		assertThat(entry(summary, "Procedure/2")).isNotNull();
		assertThat(entry(summary, "Condition/1")).isNotNull();
	}

	@Test
	void aResourceAnEarlierSectionListsIsNotListedAgainInALaterOneThatRefersToIt() {
		store(condition("Condition/1"));
		store(procedure("Procedure/1", "Condition/1"));
		Map<String, String[]> sections = new LinkedHashMap<>();
		sections.put("problems", new String[] {"Condition/1"});
		sections.put("procedures", new String[] {"Procedure/1"});

		Bundle summary = summary(sections);

		assertThat(HapiIpsCanaryTests.entries(summary, "procedures"))
				.singleElement()
				.asString()
				.endsWith("Procedure/1");
		assertThat(((Procedure) entry(summary, "Procedure/1"))
						.getReasonReferenceFirstRep()
						.getReference())
				.endsWith("Condition/1");
	}

	@Test
	void aResourceTheCallerMayNotReadIsLeftOut() {
		store(procedure("Procedure/1", "Organization/forbidden", "Condition/missing"));

		Bundle summary = summary(Map.of("procedures", new String[] {"Procedure/1"}));

		assertThat(entry(summary, "Organization/forbidden")).isNull(); // (the author of HAPI's default is one)
		assertThat(summary.getEntry()).noneMatch(entry -> entry.getResource() instanceof Condition);
	}
}
