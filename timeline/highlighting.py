"""Splitting a source's text into plain stretches and quoted passages."""

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    evidence: list = field(default_factory=list)

    @property
    def is_quoted(self):
        return bool(self.evidence)


def highlight(body, evidence):
    """The body as segments; overlapping quotes share one highlighted segment.

    `evidence` items need `start` and `end` offsets into `body`.
    """
    segments, position = [], 0
    for group in overlapping_groups(sorted(evidence, key=lambda item: (item.start, item.end))):
        start, end = group[0].start, max(item.end for item in group)
        if start > position:
            segments.append(Segment(body[position:start]))
        segments.append(Segment(body[start:end], group))
        position = end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments


def overlapping_groups(evidence):
    groups: list[list] = []
    for item in evidence:
        if groups and item.start < max(other.end for other in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups
