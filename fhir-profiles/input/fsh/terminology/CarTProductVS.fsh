ValueSet: CarTProductVS
Id: car-t-product-vs
Title: "CAR-T Cell Products for B-ALL"
Description: "Chimeric antigen receptor T-cell products given for B-ALL: tisagenlecleucel (RxNorm 1986438, ATC L01XL04), brexucabtagene autoleucel (ATC L01XL06) and obecabtagene autoleucel (ATC L01XL12), and academic or trial products by target (local codes). No RxNorm ingredient code was verified for brexucabtagene or obecabtagene autoleucel; their local codes are kept, for senders without the ATC code. A verified RxNorm or ATC code may be sent alongside a local one."
* insert ArtifactMetadata
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms) and ATC codes maintained by the WHO Collaborating Centre for Drug Statistics Methodology (reuse of the ATC index is subject to WHOCC terms). Local codes: CC0-1.0."
* $rxnorm#1986438 "tisagenlecleucel"
* $atc#L01XL04 "tisagenlecleucel"
* $atc#L01XL06 "brexucabtagene autoleucel"
* $atc#L01XL12 "obecabtagene autoleucel"
* $local#brexucabtagene-autoleucel "brexucabtagene autoleucel"
* $local#obecabtagene-autoleucel "obecabtagene autoleucel"
* $local#academic-car-t-cd19 "Academic anti-CD19 CAR-T cells"
* $local#academic-car-t-cd22 "Academic anti-CD22 CAR-T cells"
* $local#academic-car-t-cd19-cd22 "Academic bispecific or dual anti-CD19/CD22 CAR-T cells"
