package io.winnow.mask;

class RegexMaskerContractTest extends MaskerContractTest {
    private final RegexMasker masker = new RegexMasker();

    @Override
    Masker masker() {
        return masker;
    }
}
