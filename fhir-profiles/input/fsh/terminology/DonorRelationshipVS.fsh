ValueSet: DonorRelationshipVS
Id: donor-relationship-vs
Title: "Donor Relationship"
Description: "Family relationship of a related stem cell donor to the recipient, from HL7 v3 RoleCode: parents, siblings and children, the usual haploidentical donors."
* insert ArtifactMetadata
* ^copyright = "HL7 v3 RoleCode is published by HL7 International under CC0-1.0."
* $v3-RoleCode#FTH "father"
* $v3-RoleCode#MTH "mother"
* $v3-RoleCode#BRO "brother"
* $v3-RoleCode#SIS "sister"
* $v3-RoleCode#SON "natural son"
* $v3-RoleCode#DAU "natural daughter"
