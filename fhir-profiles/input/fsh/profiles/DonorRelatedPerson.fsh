Profile: DonorRelatedPerson
Parent: RelatedPerson
Id: donor-related-person
Title: "Stem Cell Donor (Related Person)"
Description: "A relative of the patient who donated haematopoietic stem cells: a parent, sibling (twin, half-sibling), child or other relative. The transplant Procedure points to the donor; the donor is never recorded as a Patient. Age at donation, CMV serostatus and ABO group are recorded on the graft (donor-characteristics), where they are recorded for unrelated donors too. Unrelated and cord-blood donors are not RelatedPersons: they are identified on the graft by their registry identifiers."
* insert ProfileMetadata
* patient MS
* patient only Reference(Patient)
* patient ^short = "The transplant recipient"
* relationship 1..1 MS
* relationship from DonorRelationshipVS (extensible)
* relationship ^short = "Relationship to the recipient (father, mother, sibling, child, …)"
* gender MS
* gender ^short = "Donor sex (relevant to sex-mismatched chimerism testing)"
* birthDate MS
