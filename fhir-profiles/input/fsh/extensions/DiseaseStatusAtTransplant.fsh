Extension: DiseaseStatusAtTransplant
Id: disease-status-at-transplant
Title: "Disease Status at Transplant"
Description: "The assessment of the leukaemia that stands for its status at the transplant (for example second complete remission, MRD-negative), as CIBMTR form 2400 and EBMT MED-A ask for it. Usually a Disease Status Observation dated shortly before day 0."
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Reference(Observation)
