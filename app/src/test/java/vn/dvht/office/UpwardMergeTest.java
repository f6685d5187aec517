package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offices' results merged upward: a unit is one unit by its identifier when it has one, otherwise by its
 * name (as a clerk reads it) and its authority; a unit reported again is flagged and counted once.
 */
class UpwardMergeTest {
  private static final MergedSource A = new MergedSource(1, "a.json", "", "Phòng A", "huyen", 2025, "");
  private static final MergedSource B = new MergedSource(2, "b.json", "", "Phòng B", "huyen", 2025, "");

  @Test
  void unitsAreTheSameByIdentifierOrElseByNameAndAuthority() {
    MergedUnit a1 = unit(A, "Trường Mầm non Hoa Sen", "MN01", "huyen");
    MergedUnit b1 = unit(B, "Trường MN Hoa Sen (đổi tên)", "mn01", "huyen");
    MergedUnit b2 = unit(B, "Trường Mầm non Hoa Sen", "MN02", "huyen");
    MergedUnit a3 = unit(A, "Hội Khuyến học xã Yên", "", "huyen");
    MergedUnit b3 = unit(B, "hội khuyến học  xã Yên.", "", "huyen");
    MergedUnit b4 = unit(B, "Hội Khuyến học xã Yên", "", "tinh");
    MergedUnit b5 = unit(B, "Hội Khuyến học xã Yên", "HKH05", "huyen");
    UpwardMerge merge = UpwardMerge.of(List.of(A, B), List.of(a1, b1, b2, a3, b3, b4, b5), List.of("muc-2", "muc-1"));
    assertThat(merge.repeats()).extracting(UpwardMerge.Repeat::again, UpwardMerge.Repeat::first).containsExactly(
        org.assertj.core.groups.Tuple.tuple(b1, a1), org.assertj.core.groups.Tuple.tuple(b3, a3),
        org.assertj.core.groups.Tuple.tuple(b5, a3));
    assertThat(merge.counted(b2)).as("another identifier: another unit of the same name").isTrue();
    assertThat(merge.counted(b4)).as("another authority").isTrue();
    assertThat(merge.total()[0]).isEqualTo(4);
  }

  private static MergedUnit unit(MergedSource source, String name, String id, String authority) {
    return new MergedUnit(source, name, id, "mam-non", authority, Statistics.RECOGNISED + "muc-2", "muc-2", "", "");
  }
}
