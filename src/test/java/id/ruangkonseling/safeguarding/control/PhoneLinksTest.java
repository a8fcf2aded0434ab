package id.ruangkonseling.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.safeguarding.control.PhoneLinks.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneLinksTest {

    @Test
    void aNumberToCallIsATelephoneLinkAndTheWordsAroundItStay() {
        assertEquals(List.of(new Part("telepon ", ""), new Part("112", "tel:112"), new Part(" (bila tidak tersambung: polisi ", ""),
                new Part("110", "tel:110"), new Part(", ambulans ", ""), new Part("119", "tel:119"), new Part(")", "")),
                PhoneLinks.of("telepon 112 (bila tidak tersambung: polisi 110, ambulans 119)"));
    }

    @Test
    void aNumberAfterWhatsAppOpensWhatsAppWithIndonesiasCountryCode() {
        assertEquals(List.of(new Part("telepon ", ""), new Part("129", "tel:129"), new Part(" atau WhatsApp ", ""),
                new Part("08111-129-129", "https://wa.me/628111129129")), PhoneLinks.of("telepon 129 atau WhatsApp 08111-129-129"));
        assertEquals(List.of(new Part("WA: ", ""), new Part("+62 812 0000 1111", "https://wa.me/6281200001111")),
                PhoneLinks.of("WA: +62 812 0000 1111"));
    }

    @Test
    void anExtensionATimeAndWordsAreNotNumbersToCall() {
        assertEquals(List.of(new Part("telepon ", ""), new Part("119", "tel:119"), new Part(" ekstensi 8", "")),
                PhoneLinks.of("telepon 119 ekstensi 8"));
        assertEquals(List.of(new Part("ruang BK, Senin–Jumat 07.00-15.00", "")), PhoneLinks.of("ruang BK, Senin–Jumat 07.00-15.00"));
        assertEquals(List.of(new Part("datang ke ruang BK", "")), PhoneLinks.of("datang ke ruang BK"));
    }
}
