package org.hsctdata.fhir.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;

/**
 * A section's resources and, as secondary entries, every resource they refer to, transitively: the conditioning
 * Procedure's HSCT, an HSCT's donor and graft, an Observation's focus ...
 *
 * <p>HAPI's generator (8.8.0, {@code IpsGeneratorSvcImpl.updateReferencesInInclusionsForSection}) clears every
 * reference to a resource the document does not hold, leaving an empty {@code Reference}: a conditioning Procedure
 * loses its {@code partOf} (1..1 in our profile), an HSCT the value of its donor and graft extensions, so the summary
 * would break our profiles and the document rule that references resolve. Bringing the targets along keeps every
 * reference. A target the caller may not read (a secured server, a patient-scoped token and an Organization outside
 * the patient's compartment) is left out, and HAPI then clears the reference to it.
 */
final class WithReferencedResources implements ISectionResourceSupplier {

	private static final String SUPPLIED = WithReferencedResources.class.getName() + ".supplied";

	private final ISectionResourceSupplier delegate;
	private final DaoRegistry daos;
	private final FhirContext fhirContext;

	WithReferencedResources(ISectionResourceSupplier delegate, DaoRegistry daos, FhirContext fhirContext) {
		this.delegate = delegate;
		this.daos = daos;
		this.fhirContext = fhirContext;
	}

	@Override
	public <T extends IBaseResource> List<ResourceEntry> fetchResourcesForSection(
			IpsContext ipsContext, IpsSectionContext<T> sectionContext, RequestDetails request) {
		List<ResourceEntry> found = delegate.fetchResourcesForSection(ipsContext, sectionContext, request);
		if (found == null || found.isEmpty()) {
			return found;
		}
		List<ResourceEntry> entries = new ArrayList<>(found);
		Set<String> seen = suppliedBefore(ipsContext, request);
		seen.add(ipsContext.getSubjectId().toUnqualifiedVersionless().getValue());
		Deque<IBaseResource> toFollow = new ArrayDeque<>();
		for (ResourceEntry entry : found) {
			seen.add(entry.getResource()
					.getIdElement()
					.toUnqualifiedVersionless()
					.getValue());
			toFollow.add(entry.getResource());
		}
		while (!toFollow.isEmpty()) {
			for (ResourceReferenceInfo reference : fhirContext.newTerser().getAllResourceReferences(toFollow.poll())) {
				String target =
						reference.getResourceReference().getReferenceElement().getValue();
				if (target == null || target.startsWith("#") || target.contains("://") || target.startsWith("urn:")) {
					continue; // contained, or outside this server
				}
				IdType id = new IdType(target).toUnqualifiedVersionless();
				if (!id.hasResourceType() || !id.hasIdPart() || !seen.add(id.getValue())) {
					continue;
				}
				read(daos, id, request).ifPresent(resource -> {
					entries.add(new ResourceEntry(resource, InclusionTypeEnum.SECONDARY_RESOURCE));
					toFollow.add(resource);
				});
			}
		}
		return entries;
	}

	/**
	 * The ids of the resources the earlier sections of this summary supplied, which the document already holds. HAPI
	 * (8.8.0) marks a resource primary or secondary on the resource itself, not per section
	 * ({@code IpsGeneratorSvcImpl.RESOURCE_ENTRY_INCLUSION_TYPE}), so a resource that is an entry of one section and
	 * comes back as a secondary resource of a later one becomes an entry of that section too: a problem listed among
	 * the procedures, and HAPI's procedures narrative fails on it (a 500). A resource the document holds already is
	 * therefore not supplied again; references to it resolve all the same.
	 */
	@SuppressWarnings("unchecked")
	private static Set<String> suppliedBefore(IpsContext ipsContext, RequestDetails request) {
		Map<IpsContext, Set<String>> supplied = (Map<IpsContext, Set<String>>)
				request.getUserData().computeIfAbsent(SUPPLIED, key -> new IdentityHashMap<>());
		return supplied.computeIfAbsent(ipsContext, key -> new HashSet<>());
	}

	/** The resource, or nothing if it does not exist or the caller may not read it. */
	static Optional<IBaseResource> read(DaoRegistry daos, IIdType id, RequestDetails request) {
		if (!daos.isResourceTypeSupported(id.getResourceType())) {
			return Optional.empty();
		}
		try {
			return Optional.of(daos.getResourceDao(id.getResourceType()).read(id, request));
		} catch (ResourceNotFoundException | ResourceGoneException | ForbiddenOperationException e) {
			return Optional.empty();
		}
	}
}
