<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Addendum</name>
    <message>
        <source>{given!r} is not a time to print changes since: give a date such as 2025-05-01 (the start of that day, UTC) or a time with its zone such as 2025-05-01T09:30:00Z or 2025-05-01T18:30+09:00</source>
        <translation>{given!r}은(는) 변경 기준 시각이 아닙니다: 2025-05-01 같은 날짜(그날 0시, UTC)나 2025-05-01T09:30:00Z, 2025-05-01T18:30+09:00처럼 시간대가 붙은 시각을 주십시오</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Opening</source>
        <translation>최초 제시안</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대안 입장</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>Team weights…</source>
        <translation>팀 가중치…</translation>
    </message>
    <message>
        <source>Each delegate&apos;s own weights, where the team disagrees, and adopting the combined weights</source>
        <translation>대표단원별 가중치, 팀 내 이견, 종합 가중치 채택</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>유연성</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>가능성</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>What we say at this step of the mandate ladder</source>
        <translation>훈령의 이 단계에서 우리 측이 제시할 입장</translation>
    </message>
    <message>
        <source>Who approved this step of the mandate</source>
        <translation>훈령의 이 단계를 승인한 사람</translation>
    </message>
    <message>
        <source>What settling the item at this step is worth to us, from 0 to 100</source>
        <translation>이 단계에서 의제를 타결할 때 우리 측이 얻는 가치(0~100)</translation>
    </message>
    <message>
        <source>Interests behind it</source>
        <translation>배경 이익</translation>
    </message>
    <message>
        <source>1 (low) to 5 (vital)</source>
        <translation>1(낮음)~5(핵심)</translation>
    </message>
    <message>
        <source>1 (none) to 5 (much room)</source>
        <translation>1(여지 없음)~5(여지 큼)</translation>
    </message>
    <message>
        <source>Share of 100 points across all agenda items</source>
        <translation>전체 의제에 나눈 100점 중 이 의제의 몫</translation>
    </message>
    <message>
        <source>How much the item matters to them, as we model it: a share of their 100 points</source>
        <translation>상대측에 이 의제가 갖는 중요도(우리 측 추정): 상대측 100점 중 이 의제의 몫</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>추정 안 함</translation>
    </message>
    <message>
        <source>Likelihood it comes up</source>
        <translation>제기 가능성</translation>
    </message>
    <message>
        <source>A number this item turns on</source>
        <translation>이 의제의 관건이 되는 수치</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>e.g. USD bn, %, KRW tn</source>
        <translation>예: 억 달러, %, 조 원</translation>
    </message>
    <message>
        <source>Which way the figure is better for us: with it, a package&apos;s proposed figure places the item on its mandate ladder</source>
        <translation>수치가 어느 쪽으로 갈수록 아측에 유리한지: 이를 정하면 패키지에서 제시한 수치로 이 의제의 훈령 단계가 정해집니다</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <source>The figure at this step of the mandate ladder; a proposed figure past the walk-away figure is beyond the walk-away point</source>
        <translation>훈령 단계의 이 단계에 해당하는 수치입니다. 제시된 수치가 결렬선 수치를 넘으면 결렬선을 넘어선 것입니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Where we believe the other side would walk away, in the unit of the key figure</source>
        <translation>상대측이 협상을 결렬시킬 것으로 보는 지점(핵심 수치의 단위)</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>추정하지 않음</translation>
    </message>
    <message>
        <source>Mandate ladder</source>
        <translation>훈령 단계</translation>
    </message>
    <message>
        <source>From what we ask first to the point where we walk away</source>
        <translation>최초 요구부터 결렬선까지</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>score for us</source>
        <translation>우리 측 점수</translation>
    </message>
    <message>
        <source>Total of weights</source>
        <translation>가중치 합계</translation>
    </message>
    <message>
        <source>Total of their weights</source>
        <translation>상대측 가중치 합계</translation>
    </message>
    <message>
        <source>Weights of all agenda items: {total} of 100</source>
        <translation>전체 의제 가중치: {total}/100</translation>
    </message>
    <message>
        <source>they should add up to 100</source>
        <translation>합계가 100이어야 합니다</translation>
    </message>
    <message>
        <source>Their weights: not modelled on any item</source>
        <translation>상대측 가중치: 추정한 의제 없음</translation>
    </message>
    <message>
        <source>Their weights ({n} item modelled): {total} of 100</source>
        <translation>상대측 가중치(의제 {n}개 추정): {total}/100</translation>
    </message>
    <message>
        <source>Their weights ({n} items modelled): {total} of 100</source>
        <translation>상대측 가중치(의제 {n}개 추정): {total}/100</translation>
    </message>
    <message>
        <source>The scores should fall from the opening to the walk-away point.</source>
        <translation>점수는 최초 제시안에서 결렬선으로 갈수록 낮아져야 합니다.</translation>
    </message>
    <message>
        <source>No track yet</source>
        <translation>분야 없음</translation>
    </message>
    <message>
        <source>Add a track first (Overview → Tracks): every agenda item is on one.</source>
        <translation>먼저 분야를 추가하십시오(개요 → 분야). 모든 의제는 어느 한 분야에 속합니다.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>새 의제</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Not for disclosure — background</source>
        <translation>공개 불가 — 배경 자료</translation>
    </message>
    <message>
        <source>Certain to come up</source>
        <translation>제기 확실</translation>
    </message>
    <message>
        <source>May come up</source>
        <translation>제기 가능</translation>
    </message>
    <message>
        <source>Unlikely to come up</source>
        <translation>제기 가능성 낮음</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Defensive lines</source>
        <translation>방어 논리</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>예상 질문과 답변</translation>
    </message>
    <message>
        <source>Press lines</source>
        <translation>언론 대응 문안</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>문</translation>
    </message>
    <message>
        <source>A</source>
        <translation>답</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>우리 측 대표단</translation>
    </message>
    <message>
        <source>Their delegation</source>
        <translation>상대측 대표단</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>The talks so far</source>
        <translation>지금까지의 협상</translation>
    </message>
    <message>
        <source>The other side</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>The domestic win-set</source>
        <translation>국내 윈셋</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <extracomment>what starts a section on a new page, in the CSS that QTextDocument reads</extracomment>
        <translation>{start} ~ {end}</translation>
    </message>
    <message>
        <source>Briefing book</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>our offer</source>
        <translation>우리 측 제안</translation>
    </message>
    <message>
        <source>their offer</source>
        <translation>상대측 제안</translation>
    </message>
    <message>
        <source>{side}: {package}</source>
        <translation>{side}: {package}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Red-line check</source>
        <translation>레드라인 점검</translation>
    </message>
    <message>
        <source>Win-set check</source>
        <translation>윈셋 점검</translation>
    </message>
    <message>
        <source>(new package)</source>
        <translation>(새 패키지)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Verdicts that changed</source>
        <translation>바뀐 판정</translation>
    </message>
    <message>
        <source>Addendum to the briefing book</source>
        <translation>브리핑 자료 추록</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release copy.&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;배포본.&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>변경 기준 시각</translation>
    </message>
    <message>
        <source>The dossier did not exist yet at that time: all of it is new.</source>
        <translation>그 시각에는 협상 자료집이 아직 없었습니다: 모든 내용이 새로운 것입니다.</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>그 이후 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>출력일</translation>
    </message>
    <message>
        <source>No objective recorded.</source>
        <translation>기록된 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>One red line is withheld from this copy.</source>
        <translation>레드라인 1개는 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>{count} red lines are withheld from this copy.</source>
        <translation>레드라인 {count}개는 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>No red lines recorded.</source>
        <translation>기록된 레드라인이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best acceptable package:&lt;/b&gt; {name} — {ours} of {possible} points for us.</source>
        <translation>&lt;b&gt;수용 가능한 최선의 패키지:&lt;/b&gt; {name} — 우리 측 {possible}점 중 {ours}점.</translation>
    </message>
    <message>
        <source>No package is acceptable: each breaks an absolute red line.</source>
        <translation>수용 가능한 패키지가 없습니다. 모든 패키지가 절대 레드라인을 위반합니다.</translation>
    </message>
    <message>
        <source>One package is unacceptable:</source>
        <translation>수용 불가 패키지 1개:</translation>
    </message>
    <message>
        <source>{count} packages are unacceptable:</source>
        <translation>수용 불가 패키지 {count}개:</translation>
    </message>
    <message>
        <source>{name}: breaks {red_lines}</source>
        <translation>{name}: 위반 — {red_lines}</translation>
    </message>
    <message>
        <source>One package is withheld from this copy.</source>
        <translation>패키지 1개는 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>{count} packages are withheld from this copy.</source>
        <translation>패키지 {count}개는 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>No packages recorded.</source>
        <translation>기록된 패키지가 없습니다.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>기록된 참석자가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (head of delegation)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (수석대표)</translation>
    </message>
    <message>
        <source>No answer prepared yet.</source>
        <translation>아직 준비된 답변이 없습니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>훈령</translation>
    </message>
    <message>
        <source> &lt;i&gt;(source: {source})&lt;/i&gt;</source>
        <translation> &lt;i&gt;(출처: {source})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NOT FOR DISCLOSURE.&lt;/b&gt; Background for our side only: do not say, show or hand over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;공개 불가.&lt;/b&gt; 우리 측 내부 참고용 배경 자료입니다. 발언하거나 보여 주거나 전달하지 마십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Track: {track} · priority {priority} · {stance} · status {status}</source>
        <translation>분야: {track} · 우선순위 {priority} · {stance} · 상태: {status}</translation>
    </message>
    <message>
        <source>{title} &lt;i&gt;(not for disclosure)&lt;/i&gt;</source>
        <translation>{title} &lt;i&gt;(공개 불가)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>breaks no red line</source>
        <translation>어기는 레드라인 없음</translation>
    </message>
    <message>
        <source>breaks {red_line} ({severity})</source>
        <translation>{red_line} 위반({severity})</translation>
    </message>
    <message>
        <source>no constituency at home objects</source>
        <translation>반대하는 국내 이해관계자 없음</translation>
    </message>
    <message>
        <source>No rounds recorded.</source>
        <translation>기록된 회의가 없습니다.</translation>
    </message>
    <message>
        <source>No offers recorded in this round.</source>
        <translation>이 회의에 기록된 제안이 없습니다.</translation>
    </message>
    <message>
        <source>Our offer</source>
        <translation>우리 측 제안</translation>
    </message>
    <message>
        <source>Their offer</source>
        <translation>상대측 제안</translation>
    </message>
    <message>
        <source>tabled {day}</source>
        <translation>{day} 제시</translation>
    </message>
    <message>
        <source>{who}: {package}</source>
        <translation>{who}: {package}</translation>
    </message>
    <message>
        <source>Nothing recorded about the other side.</source>
        <translation>상대측에 관해 기록된 것이 없습니다.</translation>
    </message>
    <message>
        <source>kept out of any deal</source>
        <translation>어떤 합의에도 넣지 않음</translation>
    </message>
    <message>
        <source>at least at the {step} step</source>
        <translation>최소 {step} 단계</translation>
    </message>
    <message>
        <source>at most {figure}</source>
        <translation>최대 {figure}</translation>
    </message>
    <message>
        <source>at least {figure}</source>
        <translation>최소 {figure}</translation>
    </message>
    <message>
        <source>No constituencies recorded.</source>
        <translation>기록된 국내 이해관계자가 없습니다.</translation>
    </message>
    <message>
        <source>can block ratification</source>
        <translation>비준을 막을 수 있음</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>&lt;b&gt;Win-set check:&lt;/b&gt; {verdict}</source>
        <translation>&lt;b&gt;윈셋 점검:&lt;/b&gt; {verdict}</translation>
    </message>
    <message>
        <source>{step} (by the figure)</source>
        <translation>{step} (수치 기준)</translation>
    </message>
    <message>
        <source>No checklists recorded.</source>
        <translation>기록된 점검표가 없습니다.</translation>
    </message>
    <message>
        <source>One note is withheld from this copy.</source>
        <translation>메모 1건은 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>{count} notes are withheld from this copy.</source>
        <translation>메모 {count}건은 이 배포본에서 비공개입니다.</translation>
    </message>
    <message>
        <source>No notes recorded.</source>
        <translation>기록된 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Agenda — {heading}</source>
        <translation>의제 — {heading}</translation>
    </message>
    <message>
        <source>One red line is withheld from this copy: its rule names an item withheld from it.</source>
        <translation>레드라인 1개를 이 배포본에서 비공개로 했습니다. 그 규칙이 비공개 의제를 지칭합니다.</translation>
    </message>
    <message>
        <source>{count} red lines are withheld from this copy: their rules name items withheld from it.</source>
        <translation>레드라인 {count}개를 이 배포본에서 비공개로 했습니다. 그 규칙이 비공개 의제를 지칭합니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unacceptable:&lt;/b&gt; it breaks an absolute red line, whatever it scores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;수용 불가:&lt;/b&gt; 점수와 관계없이 절대 레드라인을 위반합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One package is withheld from this copy: it holds an item withheld from it, or settles one at or beyond its walk-away point.</source>
        <translation>패키지 1개를 이 배포본에서 비공개로 했습니다. 비공개 의제를 포함하거나, 의제를 결렬선 또는 그 너머에서 타결하는 패키지입니다.</translation>
    </message>
    <message>
        <source>{count} packages are withheld from this copy: they hold items withheld from it, or settle one at or beyond its walk-away point.</source>
        <translation>패키지 {count}개를 이 배포본에서 비공개로 했습니다. 비공개 의제를 포함하거나, 의제를 결렬선 또는 그 너머에서 타결하는 패키지입니다.</translation>
    </message>
    <message>
        <source>an item withheld from this copy</source>
        <translation>이 배포본에서 비공개로 한 의제</translation>
    </message>
    <message>
        <source>No agenda items recorded.</source>
        <translation>기록된 의제가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value for us:&lt;/b&gt; {ours} of {possible}</source>
        <translation>&lt;b&gt;우리 측 가치:&lt;/b&gt; {ours}점(만점 {possible}점)</translation>
    </message>
    <message>
        <source> · &lt;b&gt;for them:&lt;/b&gt; {theirs}</source>
        <translation> · &lt;b&gt;상대측 가치:&lt;/b&gt; {theirs}점</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>유의 사항:</translation>
    </message>
    <message>
        <source>our proposal</source>
        <translation>우리 측 제안</translation>
    </message>
    <message>
        <source>their proposal</source>
        <translation>상대측 제안</translation>
    </message>
    <message>
        <source>Gives / gets</source>
        <translation>양보 / 요구</translation>
    </message>
    <message>
        <source>Red-line check:</source>
        <translation>레드라인 점검:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Red-line check:&lt;/b&gt; breaks no red line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;레드라인 점검:&lt;/b&gt; 위반하는 레드라인이 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To confirm by a person:</source>
        <translation>담당자 확인 필요:</translation>
    </message>
    <message>
        <source>details withheld</source>
        <translation>세부 내용 비공개</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>the charts of a release book: those that name no agenda item, so none that is withheld</extracomment>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Priority and flexibility of the agenda items</source>
        <extracomment>each chart&apos;s title by kind, in the installed language</extracomment>
        <translation>의제별 우선순위와 유연성</translation>
    </message>
    <message>
        <source>Preparation tasks done, open and overdue</source>
        <translation>준비 할 일: 완료, 미완료, 기한 경과</translation>
    </message>
    <message>
        <source>What each package is worth</source>
        <translation>패키지별 가치</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>Agenda items by status</source>
        <translation>상태별 의제</translation>
    </message>
    <message>
        <source>Offers round by round against our ladder</source>
        <translation>회의별 제안과 우리 훈령 단계</translation>
    </message>
    <message>
        <source>Packages by their value for us and for them</source>
        <translation>패키지별 우리 측 가치와 상대측 가치</translation>
    </message>
    <message>
        <source>How far each weight can move before the best package changes</source>
        <translation>최선의 패키지가 바뀌기 전까지 각 가중치가 움직일 수 있는 범위</translation>
    </message>
    <message>
        <source>No track</source>
        <extracomment>Okabe-Ito: safe for the common kinds of colour blindness, readable on light and dark.</extracomment>
        <translation>분야 없음</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>담당자 미지정</translation>
    </message>
    <message>
        <source>General (no agenda item)</source>
        <translation>일반 (의제 없음)</translation>
    </message>
    <message>
        <source>Hold firm</source>
        <translation>고수</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>맞교환</translation>
    </message>
    <message>
        <source>Concede</source>
        <translation>양보</translation>
    </message>
    <message>
        <source>Low stakes</source>
        <translation>중요도 낮음</translation>
    </message>
    <message>
        <source>illustrative</source>
        <extracomment>the word by which a figure&apos;s source says that the figure is an illustration, not a fact</extracomment>
        <translation>예시</translation>
    </message>
    <message>
        <source>+{n} more here</source>
        <extracomment>the same word in every language negoprep ships, so that a Korean dossier&apos;s figures are marked in an English window too (&quot;예시&quot;: example, illustration) the gid of a tick label drawn in the late colour (an unacceptable package&apos;s name)</extracomment>
        <translation>외 {n}건</translation>
    </message>
    <message>
        <source> (+{n} more not labelled)</source>
        <translation> (이름 미표시 {n}건 추가)</translation>
    </message>
    <message>
        <source>Flexibility (1 = none, 5 = a lot)</source>
        <translation>유연성 (1 = 없음, 5 = 매우 큼)</translation>
    </message>
    <message>
        <source>Priority for us (1 = low, 5 = top)</source>
        <translation>우리 측 우선순위 (1 = 낮음, 5 = 최우선)</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>아직 의제가 없습니다</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>담당자별</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>분야별</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>fails at home: {names}</source>
        <translation>국내 비준 불가: {names}</translation>
    </message>
    <message>
        <source>Figure from its source</source>
        <translation>출처가 있는 수치</translation>
    </message>
    <message>
        <source>Illustrative: not a sourced figure</source>
        <translation>예시: 출처가 있는 수치가 아님</translation>
    </message>
    <message>
        <source>Sources (the number in brackets after each value):</source>
        <translation>출처 (각 값 뒤 괄호 안의 번호):</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>할 일 수</translation>
    </message>
    <message>
        <source>No checklist tasks</source>
        <translation>점검 항목이 없습니다</translation>
    </message>
    <message>
        <source>Value for us</source>
        <translation>우리 측 가치</translation>
    </message>
    <message>
        <source>Value for them</source>
        <translation>상대측 가치</translation>
    </message>
    <message>
        <source>unacceptable: breaks 1 red line</source>
        <translation>수용 불가: 레드라인 1개 위반</translation>
    </message>
    <message>
        <source>unacceptable: breaks {n} red lines</source>
        <translation>수용 불가: 레드라인 {n}개 위반</translation>
    </message>
    <message>
        <source>Points (weighted value of the package)</source>
        <translation>점수 (패키지의 가중 가치)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>No packages yet</source>
        <translation>아직 패키지가 없습니다</translation>
    </message>
    <message>
        <source>Unacceptable: breaks an absolute red line</source>
        <translation>수용 불가: 절대 레드라인 위반</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>출처 미기재</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>아직 핵심 수치가 없습니다</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>의제 수</translation>
    </message>
    <message>
        <source>No offers recorded yet</source>
        <extracomment>the lists of a dossier the charts of packages and offers are worked out from: what the red line checks, the frontier, the checks at home and the sensitivity read (never the talking points, tasks, notes, figures nor participants: the bulk of a large dossier)</extracomment>
        <translation>기록된 제안이 아직 없습니다</translation>
    </message>
    <message>
        <source>their walk-away</source>
        <translation>상대측 결렬선</translation>
    </message>
    <message>
        <source>Step of our ladder</source>
        <translation>우리 훈령 단계</translation>
    </message>
    <message>
        <source>Our offers</source>
        <translation>우리 측 제안</translation>
    </message>
    <message>
        <source>Their offers</source>
        <translation>상대측 제안</translation>
    </message>
    <message>
        <source>Our ladder</source>
        <translation>우리 훈령 단계</translation>
    </message>
    <message>
        <source>Our walk-away</source>
        <translation>우리 결렬선</translation>
    </message>
    <message>
        <source>Their estimated walk-away</source>
        <translation>상대측 추정 결렬선</translation>
    </message>
    <message>
        <source>+{n} more items with offers not shown</source>
        <translation>제안이 있는 의제 {n}개 더 (표시 안 함)</translation>
    </message>
    <message>
        <source>Their weights are not modelled: no package can be placed</source>
        <translation>상대측 가중치가 설정되지 않아 패키지를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Value for us (points)</source>
        <translation>우리 측 가치(점)</translation>
    </message>
    <message>
        <source>Value for them, as we model it (points)</source>
        <translation>상대측 가치(우리 추정, 점)</translation>
    </message>
    <message>
        <source>Our package</source>
        <translation>우리 측 패키지</translation>
    </message>
    <message>
        <source>Their package</source>
        <translation>상대측 패키지</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>효율적 경계</translation>
    </message>
    <message>
        <source>Breaks a red line</source>
        <translation>레드라인 위반</translation>
    </message>
    <message>
        <source>Fails at home</source>
        <translation>국내 비준 불가</translation>
    </message>
    <message>
        <source>Past their estimated walk-away</source>
        <translation>상대측 추정 결렬선 너머</translation>
    </message>
    <message>
        <source>Not placed (their value is not modelled): {names}</source>
        <translation>표시 안 함(상대측 가치 미설정): {names}</translation>
    </message>
    <message>
        <source>our offer, round {n}</source>
        <translation>우리 측 제안, {n}차 회의</translation>
    </message>
    <message>
        <source>their offer, round {n}</source>
        <translation>상대측 제안, {n}차 회의</translation>
    </message>
    <message>
        <source>No package is acceptable: every one breaks an absolute red line</source>
        <translation>수용 가능한 패키지가 없습니다: 모두 절대 레드라인을 위반합니다</translation>
    </message>
    <message>
        <source>Only one package: no weight can change the best one</source>
        <translation>패키지가 하나뿐이라 어떤 가중치로도 최선의 패키지가 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>Best acceptable package now: {name}</source>
        <translation>현재 수용 가능한 최선의 패키지: {name}</translation>
    </message>
    <message>
        <source>Weight (points; the other weights rescaled to keep the total)</source>
        <translation>가중치(점, 나머지 가중치는 합계가 유지되도록 비례 조정)</translation>
    </message>
    <message>
        <source>Range up to a change of the best package</source>
        <translation>최선의 패키지가 바뀌기까지의 범위</translation>
    </message>
    <message>
        <source>No change up to the end of the scale</source>
        <translation>척도 끝까지 변화 없음</translation>
    </message>
    <message>
        <source>Weight now</source>
        <translation>현재 가중치</translation>
    </message>
    <message>
        <source>+{n} less sensitive items not shown</source>
        <translation>민감도가 낮은 의제 {n}개 더 (표시 안 함)</translation>
    </message>
    <message>
        <source>unknown chart {kind!r}: choose one of {known}</source>
        <extracomment>a colour per status, alike in kind: open grey, under way blue, settled green, set aside yellow, refused vermilion</extracomment>
        <translation>알 수 없는 차트입니다: {kind!r}. 다음 중에서 선택하십시오: {known}</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>확장자가 없는 파일</translation>
    </message>
    <message>
        <source>cannot save a chart as {what}: use .png or .svg</source>
        <translation>차트를 {what}(으)로 저장할 수 없습니다. .png 또는 .svg를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Move the chart (left button) or zoom (right button)</source>
        <extracomment>the tables each chart shows: a change to one of them redraws it</extracomment>
        <translation>차트 이동(왼쪽 버튼) 또는 확대·축소(오른쪽 버튼)</translation>
    </message>
    <message>
        <source>Zoom into a rectangle</source>
        <translation>사각형 영역 확대</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>차트를 PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <source>Back to the whole chart</source>
        <translation>차트 전체 보기</translation>
    </message>
    <message>
        <source>Previous view</source>
        <translation>이전 보기</translation>
    </message>
    <message>
        <source>Next view</source>
        <translation>다음 보기</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>the height of that toolbar (measured once one is made): the first chart is drawn at the size left below it</extracomment>
        <translation>차트</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>PNG 또는 SVG로 저장…</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG) or a drawing (SVG)</source>
        <translation>이 차트를 이미지(PNG) 또는 벡터 그림(SVG)으로 저장</translation>
    </message>
    <message>
        <source>The chart could not be drawn: {problem}</source>
        <translation>차트를 그릴 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>차트를 그리는 중…</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>차트: {title}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>차트를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file}에 쓸 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Linked item</source>
        <translation>연결 항목</translation>
    </message>
    <message>
        <source>{due} (overdue)</source>
        <translation>{due} (기한 경과)</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>할 일이 없습니다.</translation>
    </message>
    <message>
        <source>{done} of {total} done — {title}</source>
        <translation>{total}건 중 {done}건 완료 — {title}</translation>
    </message>
    <message>
        <source>This dossier has no checklists.</source>
        <translation>이 자료집에는 점검표가 없습니다.</translation>
    </message>
    <message>
        <source>there is no dossier {id}</source>
        <translation>자료집 {id}이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>{due} (overdue)</source>
        <translation>{due} (기한 경과)</translation>
    </message>
    <message>
        <source>{due} (today)</source>
        <translation>{due} (오늘)</translation>
    </message>
    <message>
        <source>Overdue: it was due on {due} and is not done</source>
        <translation>기한 경과: 기한이 {due}였으나 아직 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>Due today and not done yet</source>
        <translation>오늘이 기한이며 아직 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>Due on {due}</source>
        <translation>기한: {due}</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>새 점검표</translation>
    </message>
    <message>
        <source>Empty checklist (from scratch)</source>
        <translation>빈 점검표 (처음부터 작성)</translation>
    </message>
    <message>
        <source>A checklist with no tasks: add them with New task</source>
        <translation>할 일이 없는 점검표입니다. ‘새 할 일’로 할 일을 추가하십시오</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>{count} tasks ({where})</source>
        <translation>할 일 {count}개 ({where})</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Title of the checklist</source>
        <translation>점검표 제목</translation>
    </message>
    <message>
        <source>Add a briefing task per red line ({count})</source>
        <translation>레드라인별 보고 할 일 추가 ({count}개)</translation>
    </message>
    <message>
        <source>Add a briefing task per red line</source>
        <translation>레드라인별 보고 할 일 추가</translation>
    </message>
    <message>
        <source>One task &quot;Head of delegation briefed on: &lt;red line&gt;&quot; for each red line of the dossier</source>
        <translation>자료집의 레드라인마다 &quot;수석대표 보고 완료: &lt;레드라인&gt;&quot; 할 일을 하나씩 추가합니다</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>템플릿 선택:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Skipped: {files}</source>
        <translation>건너뛴 파일: {files}</translation>
    </message>
    <message>
        <source>An empty checklist: you add its tasks yourself.</source>
        <translation>빈 점검표입니다. 할 일을 직접 추가하십시오.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>{count} tasks, due counted back from the meeting date.</source>
        <translation>할 일 {count}개, 기한은 회의일로부터 역산합니다.</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>의제: {title}</translation>
    </message>
    <message>
        <source>Red line: {title}</source>
        <translation>레드라인: {title}</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>할 일 복제</translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation>할 일 위로 이동</translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation>할 일 아래로 이동</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>할 일 삭제</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Done (click to undo)</source>
        <translation>완료 (클릭하면 완료 취소)</translation>
    </message>
    <message>
        <source>Not done (click to tick off)</source>
        <translation>미완료 (클릭하면 완료 처리)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>연결 항목</translation>
    </message>
    <message>
        <source>The day it must be done by</source>
        <translation>완료해야 하는 날짜</translation>
    </message>
    <message>
        <source>Checklist shown</source>
        <translation>표시할 점검표</translation>
    </message>
    <message>
        <source>Show the tasks of every checklist or of one</source>
        <translation>모든 점검표 또는 특정 점검표의 할 일을 표시합니다</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>새 점검표…</translation>
    </message>
    <message>
        <source>Start a new, empty checklist and show it</source>
        <translation>비어 있는 새 점검표를 만들어 표시합니다</translation>
    </message>
    <message>
        <source>New checklist from a template…</source>
        <translation>템플릿으로 새 점검표 만들기…</translation>
    </message>
    <message>
        <source>Start a checklist from a template (pre-departure, briefing, logistics…) or from scratch</source>
        <translation>템플릿(출국 전 준비, 수석대표 보고, 행정·의전 등)을 사용하거나 처음부터 점검표를 만듭니다</translation>
    </message>
    <message>
        <source>Rename checklist…</source>
        <translation>점검표 이름 변경…</translation>
    </message>
    <message>
        <source>Rename the checklist shown (or the current task&apos;s)</source>
        <translation>표시된 점검표(또는 현재 할 일이 속한 점검표)의 이름을 변경합니다</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>점검표 삭제</translation>
    </message>
    <message>
        <source>Delete the checklist shown (or the current task&apos;s) with all its tasks</source>
        <translation>표시된 점검표(또는 현재 할 일이 속한 점검표)를 그 안의 모든 할 일과 함께 삭제합니다</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Checklist actions</source>
        <translation>점검표 작업</translation>
    </message>
    <message>
        <source>Make, rename or delete a checklist</source>
        <translation>점검표 만들기, 이름 변경, 삭제</translation>
    </message>
    <message>
        <source>Tick off / untick task</source>
        <translation>할 일 완료/완료 취소</translation>
    </message>
    <message>
        <source>Mark the current task done, or not done again (Space)</source>
        <translation>현재 할 일을 완료로 표시하거나 다시 미완료로 되돌립니다 (Space)</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <source>Show only my tasks</source>
        <translation>내 할 일만 표시</translation>
    </message>
    <message>
        <source>Show only the tasks owned by a participant with your name</source>
        <translation>내 이름과 같은 이름의 참석자가 담당한 할 일만 표시합니다</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>전체 점검표</translation>
    </message>
    <message>
        <source>Show only the tasks owned by a participant named {name}</source>
        <translation>담당자가 {name}인 할 일만 표시합니다</translation>
    </message>
    <message>
        <source>No participant of this dossier is named {name}, so no task is yours</source>
        <translation>이 자료집의 참석자 중 이름이 {name}인 사람이 없어 내 할 일이 없습니다</translation>
    </message>
    <message>
        <source>Showing only the tasks owned by {name}</source>
        <translation>담당자가 {name}인 할 일만 표시하고 있습니다</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} done · overall {all_done} of {all_total} · overdue {overdue} · due today {today}</source>
        <translation>{name}: 완료 {done}/{total} · 전체 완료 {all_done}/{all_total} · 기한 경과 {overdue} · 오늘 기한 {today}</translation>
    </message>
    <message>
        <source>{owner} {done}/{total}</source>
        <translation>{owner} {done}/{total}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>By owner: {owners}</source>
        <translation>담당자별: {owners}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation>담당자별 진행 상황</translation>
    </message>
    <message>
        <source>Title of the checklist:</source>
        <translation>점검표 제목:</translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation>제목: {problem}.</translation>
    </message>
    <message>
        <source>New checklist from a template</source>
        <translation>템플릿으로 새 점검표 만들기</translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation>점검표 이름 변경</translation>
    </message>
    <message>
        <source>Delete the checklist &quot;{title}&quot; and its {count} tasks?</source>
        <translation>점검표 &quot;{title}&quot; 및 할 일 {count}개를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the checklist &quot;{title}&quot; and its one task?</source>
        <translation>점검표 &quot;{title}&quot; 및 할 일 1개를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>편집 → 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>점검표 없음</translation>
    </message>
    <message>
        <source>This dossier has no checklist yet. Start one called &quot;Checklist&quot; for the task?</source>
        <translation>이 자료집에는 아직 점검표가 없습니다. 이 할 일을 넣을 &quot;점검표&quot;를 새로 만드시겠습니까?</translation>
    </message>
    <message>
        <source>Mark task not done</source>
        <translation>할 일 미완료 표시</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>할 일 완료 표시</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted or kept</source>
        <translation>삭제 또는 유지</translation>
    </message>
    <message>
        <source>“{text}” is not a value this field can hold.</source>
        <translation>이 필드에는 “{text}” 값을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>알 수 없는 작성자</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Pending conflicts</source>
        <translation>미해결 충돌</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>충돌 내용</translation>
    </message>
    <message>
        <source>A (the earlier change)</source>
        <translation>A (먼저 한 변경)</translation>
    </message>
    <message>
        <source>B (the later change, shown now)</source>
        <translation>B (나중에 한 변경, 현재 표시 중)</translation>
    </message>
    <message>
        <source>Common ancestor&apos;s value</source>
        <translation>공통 이전 값</translation>
    </message>
    <message>
        <source>Keep A</source>
        <translation>A 유지</translation>
    </message>
    <message>
        <source>Keep the value A wrote</source>
        <translation>A가 입력한 값을 유지합니다</translation>
    </message>
    <message>
        <source>Keep B</source>
        <translation>B 유지</translation>
    </message>
    <message>
        <source>Keep the value B wrote</source>
        <translation>B가 입력한 값을 유지합니다</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>유지할 값</translation>
    </message>
    <message>
        <source>Write the value to keep (it starts as B&apos;s), then choose Use this</source>
        <translation>유지할 값을 입력한 다음(처음에는 B의 값이 들어 있습니다) [이 값 사용]을 누르십시오</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>이 값 사용</translation>
    </message>
    <message>
        <source>Keep the value written in the box</source>
        <translation>입력란에 적은 값을 유지합니다</translation>
    </message>
    <message>
        <source>Or write the value to keep:</source>
        <translation>또는 유지할 값을 직접 입력:</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>삭제 유지</translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation>항목을 삭제된 상태로 둡니다</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>항목 유지</translation>
    </message>
    <message>
        <source>The record is kept, with its edits</source>
        <translation>수정 내용과 함께 항목을 유지합니다</translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation>해결할 충돌이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>No conflicts left</source>
        <translation>남은 충돌 없음</translation>
    </message>
    <message>
        <source>Value {side}</source>
        <translation>{side} 값</translation>
    </message>
    <message>
        <source>Who wrote {side}</source>
        <translation>{side} 작성자</translation>
    </message>
    <message>
        <source>{noun} “{label}” — {field}</source>
        <translation>{noun} “{label}” — {field}</translation>
    </message>
    <message>
        <source> ({a} / {b})</source>
        <translation> ({a} / {b})</translation>
    </message>
    <message>
        <source>by {author}, {when}</source>
        <translation>작성: {author}, {when}</translation>
    </message>
    <message>
        <source>{noun} “{label}”</source>
        <translation>{noun} “{label}”</translation>
    </message>
    <message>
        <source>One of you deleted this record while the other changed it.</source>
        <translation>한 사람은 이 항목을 삭제했고 다른 사람은 이 항목을 변경했습니다.</translation>
    </message>
    <message>
        <source>Deleted the record</source>
        <translation>항목을 삭제함</translation>
    </message>
    <message>
        <source>Kept and changed the record</source>
        <translation>항목을 유지하고 변경함</translation>
    </message>
    <message>
        <source>{a} and {b} changed this field differently. The record shows B until you decide.</source>
        <translation>{a}, {b} 두 사람이 이 필드를 서로 다르게 변경했습니다. 결정하기 전까지는 B의 값이 표시됩니다.</translation>
    </message>
    <message>
        <source>Before either change: {value}</source>
        <translation>변경 전 값: {value}</translation>
    </message>
    <message>
        <source>There is no common earlier value.</source>
        <translation>공통된 이전 값이 없습니다.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>변경되지 않음</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>ConstituenciesView</name>
    <message>
        <source>Opening</source>
        <translation>최초 제시안</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대안 입장</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>kept out of any deal</source>
        <translation>어떤 합의에서도 제외</translation>
    </message>
    <message>
        <source>at least {step}</source>
        <translation>최소 {step}</translation>
    </message>
    <message>
        <source>at most {figure}</source>
        <translation>최대 {figure}</translation>
    </message>
    <message>
        <source>at least {figure}</source>
        <translation>최소 {figure}</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(조건 없음)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>거부권</translation>
    </message>
    <message>
        <source>Can block ratification</source>
        <translation>비준 저지 가능</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>constituencies</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>e.g. National Assembly</source>
        <translation>예: 국회</translation>
    </message>
    <message>
        <source>It can block the deal&apos;s ratification: a package it rejects fails at home</source>
        <translation>합의의 비준을 막을 수 있음: 이 이해관계자가 거부하는 패키지는 국내에서 통과하지 못함</translation>
    </message>
    <message>
        <source>New constituency</source>
        <translation>새 국내 이해관계자</translation>
    </message>
    <message>
        <source>What this constituency needs of a deal to support it</source>
        <translation>이 이해관계자가 합의를 지지하기 위한 요구</translation>
    </message>
    <message>
        <source>Demands of the constituency</source>
        <translation>국내 이해관계자의 요구</translation>
    </message>
    <message>
        <source>Step the item must settle at, at least</source>
        <translation>의제가 최소한 타결되어야 할 단계</translation>
    </message>
    <message>
        <source>The deal must settle the item at this step of our mandate ladder or a better one</source>
        <translation>합의는 이 의제를 우리 훈령 단계의 이 단계 또는 더 나은 단계에서 타결해야 함</translation>
    </message>
    <message>
        <source>(any step)</source>
        <translation>(모든 단계)</translation>
    </message>
    <message>
        <source>Highest figure allowed</source>
        <translation>허용 최대 수치</translation>
    </message>
    <message>
        <source>Lowest figure allowed</source>
        <translation>허용 최소 수치</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Kept out of any deal</source>
        <translation>어떤 합의에서도 제외</translation>
    </message>
    <message>
        <source>A deal may not hold the item at all, in either role</source>
        <translation>합의에 이 의제를 어떤 역할로도 넣을 수 없음</translation>
    </message>
    <message>
        <source>Remove demand</source>
        <translation>요구 삭제</translation>
    </message>
    <message>
        <source>Take the selected demand away</source>
        <translation>선택한 요구를 삭제</translation>
    </message>
    <message>
        <source>Settled at least at:</source>
        <translation>최소 타결 단계:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>수치:</translation>
    </message>
    <message>
        <source>Add demand on:</source>
        <translation>요구 추가 의제:</translation>
    </message>
    <message>
        <source>Agenda item to add a demand on</source>
        <translation>요구를 추가할 의제</translation>
    </message>
    <message>
        <source>The dossier&apos;s agenda items this constituency makes no demand on yet</source>
        <translation>이 이해관계자가 아직 요구하지 않은 협상 자료집의 의제</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a demand on the agenda item</source>
        <translation>의제에 요구 추가</translation>
    </message>
    <message>
        <source>Packages at home</source>
        <translation>패키지의 국내 통과 여부</translation>
    </message>
    <message>
        <source>The packages that fail at home or are opposed there, and why</source>
        <translation>국내에서 통과하지 못하거나 반대에 부딪히는 패키지와 그 이유</translation>
    </message>
    <message>
        <source>In the unit of the item&apos;s key figure; empty: no limit</source>
        <translation>의제 핵심 수치의 단위; 비우면 제한 없음</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>No package yet.</source>
        <translation>아직 패키지가 없습니다.</translation>
    </message>
    <message>
        <source>Every package passes at home.</source>
        <translation>모든 패키지가 국내에서 통과합니다.</translation>
    </message>
    <message>
        <source>{fails} of {n} packages fail at home, {opposed} opposed.</source>
        <translation>패키지 {n}개 중 {fails}개 국내 통과 불가, {opposed}개 반대.</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>통과 불가</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Figure: {problem}</source>
        <translation>수치: {problem}</translation>
    </message>
    <message>
        <source>Change step of demand</source>
        <translation>요구 단계 변경</translation>
    </message>
    <message>
        <source>Edit highest figure of demand</source>
        <translation>요구 최대 수치 편집</translation>
    </message>
    <message>
        <source>Edit lowest figure of demand</source>
        <translation>요구 최소 수치 편집</translation>
    </message>
    <message>
        <source>Change exclusion of demand</source>
        <translation>요구 제외 여부 변경</translation>
    </message>
    <message>
        <source>Add demand</source>
        <translation>요구 추가</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>{name} is damaged</source>
        <extracomment>how much of SQLite&apos;s description of a problem the dialog shows</extracomment>
        <translation>{name} 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}</source>
        <translation>{name} 파일이 손상되었습니다: {problem}</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(그 밖의 문제 1건)</translation>
    </message>
    <message>
        <source>(and {count} more problems)</source>
        <translation>(그 밖의 문제 {count}건)</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>저장소 손상</translation>
    </message>
    <message>
        <source>Its latest automatic backup is of {date}.</source>
        <translation>가장 최근의 자동 백업은 {date} 백업입니다.</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>이 저장소의 자동 백업은 없습니다.</translation>
    </message>
    <message>
        <source>The damaged file is kept aside under a new name, never deleted.</source>
        <translation>손상된 파일은 삭제하지 않고 이름을 바꾸어 따로 보관합니다.</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>{date} 백업으로 복원</translation>
    </message>
    <message>
        <source>Salvage what can be read into a new file</source>
        <translation>읽을 수 있는 내용을 새 파일로 복구</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원 완료</translation>
    </message>
    <message>
        <source>{name} is the backup of {date} again. The damaged file is kept as {aside}.</source>
        <translation>{name}을(를) {date} 백업으로 되돌렸습니다. 손상된 파일은 {aside}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>복구 완료</translation>
    </message>
    <message>
        <source>Salvaged from {name}: {summary}. The damaged file is left as it was.</source>
        <translation>{name}에서 복구했습니다: {summary}. 손상된 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Cannot recover the store</source>
        <translation>저장소를 복구할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>수석</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>e.g. Minister of Trade, Industry and Energy</source>
        <translation>예: 산업통상자원부 장관</translation>
    </message>
    <message>
        <source>This participant leads the delegation of its side</source>
        <translation>이 참석자가 해당 측 대표단의 수석대표임</translation>
    </message>
    <message>
        <source>Side shown</source>
        <translation>표시할 측</translation>
    </message>
    <message>
        <source>Show the participants of one side only</source>
        <translation>한 측의 참석자만 표시</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>새 참석자</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>an export was written</extracomment>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>내보낼 범위</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation>이 자료집</translation>
    </message>
    <message>
        <source>The whole store (every dossier)</source>
        <translation>저장소 전체(모든 자료집)</translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation>배포본</translation>
    </message>
    <message>
        <source>Release copy (withhold what the release policy says)</source>
        <translation>배포본 (배포 정책에 따라 비공개 처리)</translation>
    </message>
    <message>
        <source>What the dossier&apos;s release policy withholds is not written to the file</source>
        <translation>협상 자료집의 배포 정책이 비공개로 정한 내용은 파일에 기록되지 않습니다</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>None (anyone with the file can read it)</source>
        <translation>암호화 안 함(파일을 가진 누구나 읽을 수 있음)</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>암호 문구로 암호화</translation>
    </message>
    <message>
        <source>For teammates&apos; public keys</source>
        <translation>팀원의 공개 키로 암호화</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>암호 문구 확인</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>공개 키</translation>
    </message>
    <message>
        <source>One age1… key per line</source>
        <translation>한 줄에 age1… 키 하나씩</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>확인:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Choose the file to write, then write it</source>
        <translation>저장할 파일을 고른 뒤 파일을 만듭니다</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Enter at least one public key (age1…).</source>
        <translation>공개 키(age1…)를 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 파일</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>{name}(으)로 내보내는 중</translation>
    </message>
    <message>
        <source>Exported {records} records to {path}</source>
        <translation>항목 {records}건을 내보냈습니다: {path}</translation>
    </message>
    <message>
        <source> ({count} withheld records left out)</source>
        <translation> (비공개 기록 {count}건 제외)</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name}(삭제됨)</translation>
    </message>
    <message>
        <source>A rule this version cannot read</source>
        <translation>이 버전에서 읽을 수 없는 규칙</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>A rule</source>
        <translation>규칙</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Series</source>
        <extracomment>the figure add_record made, and which field the person fills in first</extracomment>
        <translation>계열</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>Figures of one series make one chart</source>
        <translation>같은 계열의 수치가 차트 하나를 이룹니다</translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation>예: 2024</translation>
    </message>
    <message>
        <source>Where the value sits in the series</source>
        <translation>계열에서 이 값이 놓이는 위치</translation>
    </message>
    <message>
        <source>e.g. USD bn, %, KRW tn</source>
        <translation>예: 억 달러, %, 조 원</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>새 계열</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Close negoprep</source>
        <translation>negoprep 닫기</translation>
    </message>
    <message>
        <source>{label} is still running. Stop it and close? Nothing of it is kept.</source>
        <translation>{label} 작업이 아직 진행 중입니다. 중단하고 닫을까요? 그 작업의 결과는 남지 않습니다.</translation>
    </message>
    <message>
        <source>{label} is still running. Close once it is done?</source>
        <translation>{label} 작업이 아직 진행 중입니다. 끝나면 닫을까요?</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} 검사 중</translation>
    </message>
    <message>
        <source>Bringing {name} up to date</source>
        <translation>{name} 최신 버전으로 변환 중</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>{name} 복호화 중</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>저장소 복사 중</translation>
    </message>
    <message>
        <source>Saving a copy to {name}</source>
        <translation>{name}에 사본 저장 중</translation>
    </message>
    <message>
        <source>Merging {name}</source>
        <translation>{name} 병합 중</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>negoprep store (*.db);;All files (*)</source>
        <translation>negoprep 저장소 (*.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Encrypted negoprep store (*.age);;All files (*)</source>
        <translation>암호화된 negoprep 저장소 (*.age);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>negoprep store (*.db *.age);;All files (*)</source>
        <translation>negoprep 저장소 (*.db *.age);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>negoprep guide</source>
        <translation>negoprep 안내서</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내서</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>안내서 본문</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>선택한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{when} · {author} created it</source>
        <translation>{when} · {author}: 생성</translation>
    </message>
    <message>
        <source>{when} · {author} changed</source>
        <translation>{when} · {author}: 변경</translation>
    </message>
    <message>
        <source>{when} · {author} deleted it</source>
        <translation>{when} · {author}: 삭제</translation>
    </message>
    <message>
        <source>{when} · {author} restored it</source>
        <translation>{when} · {author}: 복원</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>This history cannot be shown: the store is damaged ({problem}).</source>
        <translation>이 이력을 표시할 수 없습니다: 저장소가 손상되었습니다 ({problem}).</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>변경 이력이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Fails</source>
        <translation>통과 불가</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>No constituency at home is recorded (the At home section)</source>
        <translation>기록된 국내 이해관계자가 없습니다(국내 이해관계자 섹션)</translation>
    </message>
    <message>
        <source>Every constituency at home accepts it</source>
        <translation>모든 국내 이해관계자가 수용합니다</translation>
    </message>
    <message>
        <source>{name} (can block ratification)</source>
        <translation>{name}(비준 저지 가능)</translation>
    </message>
    <message>
        <source>{name} (cannot block ratification)</source>
        <translation>{name}(비준 저지 불가)</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>국내 비준</translation>
    </message>
    <message>
        <source>Demands at home this package fails</source>
        <translation>이 패키지가 충족하지 못하는 국내 요구</translation>
    </message>
    <message>
        <source>Whether the constituencies at home would ratify the package</source>
        <translation>국내 이해관계자가 이 패키지를 비준할지 여부</translation>
    </message>
    <message>
        <source>Fails at home: a constituency that can block ratification objects.</source>
        <extracomment>the labels shown, one a failed demand (screen readers, tests)</extracomment>
        <translation>국내 통과 불가: 비준을 막을 수 있는 이해관계자가 반대합니다.</translation>
    </message>
    <message>
        <source>Opposed at home, by constituencies that cannot block ratification.</source>
        <translation>국내 반대: 비준을 막을 수 없는 이해관계자가 반대합니다.</translation>
    </message>
    <message>
        <source>can block ratification</source>
        <translation>비준 저지 가능</translation>
    </message>
    <message>
        <source>cannot block ratification</source>
        <translation>비준 저지 불가</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>협상 진행</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <extracomment>the window shows another store file (File → Open, Recent, New store, after a restore) the store shown was found damaged while the window read it (a DamagedStoreError); the app offers the ways out (negoprep.ui.app.watch_damage)</extracomment>
        <translation>읽기 전용 안내</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>새 저장소(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty store file</source>
        <translation>비어 있는 새 저장소 파일을 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>저장소 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>저장소 파일을 엽니다</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole store to a new file</source>
        <translation>저장소 전체의 사본을 새 파일로 저장합니다</translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation>새 자료집(&amp;D)…</translation>
    </message>
    <message>
        <source>Start a new, empty dossier in this store</source>
        <translation>이 저장소에 비어 있는 새 자료집을 만듭니다</translation>
    </message>
    <message>
        <source>Cop&amp;y this dossier…</source>
        <translation>이 자료집 복사(&amp;Y)…</translation>
    </message>
    <message>
        <source>Start a new dossier as a copy of this one</source>
        <translation>이 자료집을 복사하여 새 자료집을 만듭니다</translation>
    </message>
    <message>
        <source>De&amp;lete this dossier…</source>
        <translation>이 자료집 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this dossier and everything in it</source>
        <translation>이 자료집과 그 안의 모든 내용을 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this dossier or the whole store to a file for a teammate, encrypted if you wish</source>
        <translation>동료에게 전달할 수 있도록 이 자료집 또는 저장소 전체를 파일로 내보냅니다(암호화 선택 가능)</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s file…</source>
        <translation>동료 파일 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s changes into this store</source>
        <translation>동료가 변경한 내용을 이 저장소에 반영합니다</translation>
    </message>
    <message>
        <source>Re&amp;solve conflicts…</source>
        <translation>충돌 해결(&amp;S)…</translation>
    </message>
    <message>
        <source>Decide what to keep where two people changed the same thing differently</source>
        <translation>두 사람이 같은 내용을 서로 다르게 변경한 부분에서 어느 쪽을 남길지 정합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>검색(&amp;F)…</translation>
    </message>
    <message>
        <source>Search everything written in the dossier</source>
        <translation>자료집에 작성된 모든 내용을 검색합니다</translation>
    </message>
    <message>
        <source>Your &amp;name as author…</source>
        <translation>작성자 이름(&amp;N)…</translation>
    </message>
    <message>
        <source>The name recorded with every change you make</source>
        <translation>변경할 때마다 함께 기록되는 이름입니다</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>안내서(&amp;G)</translation>
    </message>
    <message>
        <source>What a dossier is, the kinds of red-line rule, sharing files, printing</source>
        <translation>협상 자료집이란 무엇인지, 레드라인 규칙의 종류, 파일 공유, 인쇄</translation>
    </message>
    <message>
        <source>&amp;About negoprep</source>
        <translation>negoprep 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>자료집:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>The dossier shown in this window</source>
        <translation>이 창에 표시된 자료집</translation>
    </message>
    <message>
        <source>This store holds no dossier yet.</source>
        <translation>이 저장소에는 아직 자료집이 없습니다.</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>새 자료집…</translation>
    </message>
    <message>
        <source>Add the demo dossier</source>
        <translation>예시 자료집 추가</translation>
    </message>
    <message>
        <source>Add the Korea–US 2+2 trade consultation as an example to explore</source>
        <translation>한미 2+2 통상 협의 자료집을 예시로 추가하여 기능을 살펴볼 수 있습니다</translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be changed here. File → Save a copy… makes a copy you can work on.</source>
        <translation>읽기 전용: 이 창에서는 {path} 파일을 변경할 수 없습니다. 파일 → 사본 저장…에서 편집할 수 있는 사본을 만드십시오.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>What could not be changed</source>
        <translation>변경할 수 없었던 것</translation>
    </message>
    <message>
        <source>{path} is open already</source>
        <translation>{path} 파일이 이미 열려 있습니다</translation>
    </message>
    <message>
        <source>{path} belongs to the store open here: open the store itself.</source>
        <translation>{path} 파일은 현재 열려 있는 저장소에 딸린 파일입니다. 저장소 파일 자체를 여십시오.</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>저장소를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Save the decrypted store as</source>
        <translation>복호화한 저장소 저장</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new name.</source>
        <translation>{path} 파일이 이미 있습니다. 다른 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>저장소 열기</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>새 저장소</translation>
    </message>
    <message>
        <source>{path} already exists: open it, or choose a new name.</source>
        <translation>{path} 파일이 이미 있습니다. 해당 파일을 열거나 다른 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>저장소를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>사본을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>사본을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>새 자료집</translation>
    </message>
    <message>
        <source>Title of the negotiation:</source>
        <translation>협상 제목:</translation>
    </message>
    <message>
        <source>Copy this dossier</source>
        <translation>이 자료집 복사</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>사본 제목:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (사본)</translation>
    </message>
    <message>
        <source>Copy dossier &quot;{title}&quot;</source>
        <translation>자료집 &quot;{title}&quot; 복사</translation>
    </message>
    <message>
        <source>Delete this dossier</source>
        <translation>이 자료집 삭제</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and everything in it? Edit → Undo brings it back.</source>
        <translation>&quot;{title}&quot; 자료집과 그 안의 모든 내용을 삭제할까요? 편집 → 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete dossier &quot;{title}&quot;</source>
        <translation>자료집 &quot;{title}&quot; 삭제</translation>
    </message>
    <message>
        <source>That record is no longer shown here.</source>
        <translation>해당 항목은 더 이상 여기에 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>{change} 실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redo {change}</source>
        <translation>{change} 다시 실행</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to {name}… ({seconds} s)</source>
        <extracomment>the shortest time between two progress reports posted to the GUI thread the thread the work ran on (for tests and benchmarks)</extracomment>
        <translation>다른 프로그램이 {name}에 쓰기를 마칠 때까지 기다리는 중… ({seconds}초)</translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>다른 프로그램에서 변경한 내용을 반영했습니다</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(메모리)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [읽기 전용]</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>saved as you type</source>
        <translation>입력 즉시 저장</translation>
    </message>
    <message>
        <source>{store} ({mode}) · author: {author}</source>
        <translation>{store} ({mode}) · 작성자: {author}</translation>
    </message>
    <message>
        <source>Your name as author</source>
        <translation>작성자 이름</translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name:</source>
        <translation>내가 변경한 모든 내용은 이 이름으로 기록됩니다:</translation>
    </message>
    <message>
        <source>About negoprep</source>
        <translation>negoprep 정보</translation>
    </message>
    <message>
        <source>negoprep {version}

Prepare a negotiation offline: agenda, positions, red lines, packages, paper.</source>
        <translation>negoprep {version}

오프라인 협상 준비 도구: 의제, 입장, 레드라인, 패키지, 인쇄 자료.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>A passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>A key file (age identity)</source>
        <translation>키 파일(age identity)</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>암호화된 파일</translation>
    </message>
    <message>
        <source>{name} is encrypted. Open it with:</source>
        <translation>{name} 파일은 암호화되어 있습니다. 여는 방법을 고르십시오:</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>키 파일 선택</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>{path} is the store open here, not a key file.</source>
        <translation>{path} 파일은 키 파일이 아니라 지금 열려 있는 저장소입니다.</translation>
    </message>
    <message>
        <source>Not a key file</source>
        <translation>키 파일이 아님</translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation>{name} 파일의 암호 문구:</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s file</source>
        <translation>동료의 파일 병합</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>병합하지 않았습니다</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>항목 유형</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Auto-merged</source>
        <translation>자동 병합</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Merged {name}.</source>
        <translation>{name} 파일을 병합했습니다.</translation>
    </message>
    <message>
        <source>The store as it was before is kept in {name}.</source>
        <translation>병합 전의 저장소는 {name} 파일로 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for you to decide.</source>
        <translation>결정을 기다리는 충돌이 {count}건 있습니다.</translation>
    </message>
    <message>
        <source>Nothing new: the store already held everything in the file.</source>
        <translation>새로운 내용이 없습니다. 파일의 내용이 모두 이미 저장소에 있습니다.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Merge report</source>
        <extracomment>the person wants to resolve the pending conflicts</extracomment>
        <translation>병합 결과</translation>
    </message>
    <message>
        <source>What the merge did</source>
        <translation>병합 내역</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>충돌 해결…</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Decide, field by field, what two people changed differently</source>
        <translation>두 사람이 서로 다르게 변경한 내용을 필드별로 결정합니다</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>The date, or the date and time, of the meeting or session (empty: undated). Times are this computer&apos;s local time ({zone}); add Z or an offset such as +09:00 to give a time in another zone.</source>
        <translation>회의나 세션의 날짜 또는 날짜와 시각(비워 두면 날짜 없음). 시각은 이 컴퓨터의 현지 시각({zone}) 기준이며, 다른 시간대의 시각은 Z 또는 +09:00 같은 오프셋을 붙여 입력합니다.</translation>
    </message>
    <message>
        <source>e.g. Preparatory meeting with industry</source>
        <translation>예: 업계 사전 간담회</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>새 메모</translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <source>No agenda item has a weight yet: give the items weights (Agenda) first.</source>
        <translation>가중치가 지정된 의제가 없습니다. 먼저 의제 화면에서 의제별 가중치를 지정하십시오.</translation>
    </message>
    <message>
        <source>None of the weighted items is one we seek (stance Offensive): an offer must get something in return.</source>
        <translation>가중치가 지정된 의제 중 아측이 요구하는 의제(공세적)가 없습니다. 제안에는 반대급부로 얻는 것이 있어야 합니다.</translation>
    </message>
    <message>
        <source>None of the weighted items is one we defend (stance Defensive): there is nothing we could give.</source>
        <translation>가중치가 지정된 의제 중 아측이 방어하는 의제(방어적)가 없어 양보할 수 있는 것이 없습니다.</translation>
    </message>
    <message>
        <source>There is no item we could give without breaking a red line.</source>
        <translation>레드라인을 위반하지 않고 양보할 수 있는 의제가 없습니다.</translation>
    </message>
    <message>
        <source>There is no item we could get without breaking a red line.</source>
        <translation>레드라인을 위반하지 않고 요구할 수 있는 의제가 없습니다.</translation>
    </message>
    <message>
        <source>Only {n} agenda items have a weight: ask for fewer items per offer.</source>
        <translation>가중치가 지정된 의제가 {n}개뿐입니다. 제안당 항목 수를 줄이십시오.</translation>
    </message>
    <message>
        <source>Every combination of {size} of the heaviest items breaks a red line or gives more weight than it gets: try fewer items per offer.</source>
        <translation>가중치가 큰 의제 {size}개로 만들 수 있는 조합이 모두 레드라인을 위반하거나 얻는 가중치보다 양보하는 가중치가 큽니다. 제안당 항목 수를 줄여 보십시오.</translation>
    </message>
    <message>
        <source>Propose equivalent offers</source>
        <translation>동등 제안 생성</translation>
    </message>
    <message>
        <source>Several packages of about the same value to us, to put on the table at once: which one the other side prefers tells us what it values. Each is built from the heaviest agenda items, gives what we defend (at its fallback) and gets what we seek (at its target), and breaks no red line.</source>
        <extracomment>the packages added, in order (the section selects the first)</extracomment>
        <translation>아측에 대한 가치가 비슷한 패키지 여러 개를 한꺼번에 제시하는 방식입니다. 상대측이 어느 안을 선호하는지를 보면 상대측이 무엇을 중시하는지 알 수 있습니다. 각 패키지는 가중치가 큰 의제로 구성되며, 아측이 방어하는 의제는 양보하고(대안 입장 수준) 아측이 요구하는 의제는 얻어 내며(목표 수준), 레드라인을 위반하지 않습니다.</translation>
    </message>
    <message>
        <source>Number of offers</source>
        <translation>제안 수</translation>
    </message>
    <message>
        <source>How many offers to propose</source>
        <translation>생성할 제안의 수</translation>
    </message>
    <message>
        <source>Items per offer</source>
        <translation>제안당 항목 수</translation>
    </message>
    <message>
        <source>How many agenda items each offer holds</source>
        <translation>제안 하나에 포함할 의제 수</translation>
    </message>
    <message>
        <source>Target value for us</source>
        <translation>아측 목표 가치</translation>
    </message>
    <message>
        <source>middle of what is possible</source>
        <translation>가능 범위의 중간값</translation>
    </message>
    <message>
        <source>The value for us, in points, the offers should be worth; empty: the middle of what is possible</source>
        <translation>제안이 아측에 가져야 할 가치(점수). 비워 두면 가능 범위의 중간값을 사용합니다</translation>
    </message>
    <message>
        <source> points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <source>How far, in points for us, the offers may be apart in value</source>
        <translation>제안 간 아측 가치 차이의 허용 범위(점수)</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>제안 수:</translation>
    </message>
    <message>
        <source>Items per offer:</source>
        <translation>제안당 항목 수:</translation>
    </message>
    <message>
        <source>Target value for us:</source>
        <translation>아측 목표 가치:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>허용 오차:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Propose offers</source>
        <translation>제안 생성</translation>
    </message>
    <message>
        <source>Build offers from the dossier&apos;s agenda items</source>
        <translation>자료집의 의제로 제안을 생성합니다</translation>
    </message>
    <message>
        <source>What was proposed</source>
        <translation>생성 결과</translation>
    </message>
    <message>
        <source>Proposed offers</source>
        <translation>생성된 제안</translation>
    </message>
    <message>
        <source>Add as packages</source>
        <translation>패키지로 추가</translation>
    </message>
    <message>
        <source>Add the ticked offers as packages</source>
        <translation>선택한 제안을 패키지로 추가</translation>
    </message>
    <message>
        <source>Add the ticked offers to the dossier as our packages (one step to undo)</source>
        <translation>선택한 제안을 아측 패키지로 자료집에 추가합니다(한 번에 실행 취소 가능)</translation>
    </message>
    <message>
        <source>Set what you want and press Propose.</source>
        <translation>조건을 설정한 뒤 [생성]을 누르십시오.</translation>
    </message>
    <message>
        <source>The target must be a number of points, e.g. 25.</source>
        <translation>목표는 점수(숫자)로 입력하십시오. 예: 25</translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation>목표는 0보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>No offer could be built. {why}</source>
        <translation>제안을 생성하지 못했습니다. {why}</translation>
    </message>
    <message>
        <source>{n} offers worth {low} to {high} points to us, none breaking a red line.</source>
        <translation>아측 가치 {low}~{high}점인 제안 {n}개를 생성했습니다. 모두 레드라인을 위반하지 않습니다.</translation>
    </message>
    <message>
        <source>1 offer worth {value} points to us, breaking no red line.</source>
        <translation>아측 가치 {value}점인 제안 1개를 생성했습니다. 레드라인을 위반하지 않습니다.</translation>
    </message>
    <message>
        <source>Red lines only a person can check still apply to each: {titles}.</source>
        <translation>사람이 직접 확인해야 하는 레드라인은 각 제안에 여전히 적용됩니다: {titles}.</translation>
    </message>
    <message>
        <source>No more differ enough from these within the tolerance: widen it for more.</source>
        <translation>허용 오차 안에서 이들과 충분히 다른 제안은 더 없습니다. 제안을 더 얻으려면 허용 오차를 넓히십시오.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>아측</translation>
    </message>
    <message>
        <source>For them</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>Gives {gives} (weight {given}), gets {gets} (weight {gained})</source>
        <translation>양보 {gives}개(가중치 {given}), 요구 {gets}개(가중치 {gained})</translation>
    </message>
    <message>
        <source>{ours} of {possible} points</source>
        <translation>{possible}점 중 {ours}점</translation>
    </message>
    <message>
        <source>Equivalent offer {letter} ({points} points)</source>
        <translation>동등 제안 {letter} ({points}점)</translation>
    </message>
    <message>
        <source>Proposed as one of several offers of about equal value to us.</source>
        <translation>아측 가치가 비슷한 복수 동등 제안(MESO) 중 하나로 생성한 안입니다.</translation>
    </message>
    <message>
        <source>Add {n} equivalent offers</source>
        <translation>동등 제안 {n}개 추가</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>제안 추가</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>진행 중인 작업 취소</translation>
    </message>
    <message>
        <source>Stop it: nothing is changed or written</source>
        <translation>중단합니다. 아무것도 바뀌거나 기록되지 않습니다</translation>
    </message>
    <message>
        <source>Wait until {label} is done</source>
        <extracomment>how long after the last work ends the full collection held back runs a number of young collections no work reaches how often the GUI thread&apos;s timer looks at the counts of the young generations the objects made (less those freed) since the work began, as the young collections found them: what tells whether a full collection is due once it ends an operation started (True) or ended (False)</extracomment>
        <translation>{label} 작업이 끝날 때까지 기다리십시오</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>{label}: done</source>
        <translation>{label}: 완료</translation>
    </message>
    <message>
        <source>{label}: cancelled, nothing was changed</source>
        <translation>{label}: 취소됨, 아무것도 바뀌지 않았습니다</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>새 분야</translation>
    </message>
    <message>
        <source>consultation, negotiation, working group…</source>
        <translation>협의, 협상, 작업반…</translation>
    </message>
    <message>
        <source>Our objective</source>
        <translation>우리 측 목표</translation>
    </message>
    <message>
        <source>Our BATNA</source>
        <translation>우리 측 최선의 대안(BATNA)</translation>
    </message>
    <message>
        <source>Best alternative to a negotiated agreement</source>
        <translation>협상으로 합의하지 못할 때 택할 수 있는 최선의 대안</translation>
    </message>
    <message>
        <source>Their BATNA</source>
        <translation>상대측 최선의 대안(BATNA)</translation>
    </message>
    <message>
        <source>The other side&apos;s best alternative to an agreement, as we estimate it</source>
        <translation>우리가 추정하는 상대측의 최선의 대안</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page</source>
        <translation>모든 쪽의 위와 아래에 인쇄됩니다</translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation>협상 자료집</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Where the preparation stands</source>
        <translation>준비 현황</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{n} {likelihood}</source>
        <translation>{likelihood} {n}건</translation>
    </message>
    <message>
        <source>{n} ({by_likelihood}); {open} still open</source>
        <translation>{n}개({by_likelihood}), 미결 {open}개</translation>
    </message>
    <message>
        <source>{total} of 100</source>
        <translation>{total}/100</translation>
    </message>
    <message>
        <source>{n}, {absolute} absolute</source>
        <translation>{n}개(절대 {absolute}개)</translation>
    </message>
    <message>
        <source>{ours} ours, {theirs} theirs</source>
        <translation>우리 측 {ours}개, 상대측 {theirs}개</translation>
    </message>
    <message>
        <source>; {n} break an absolute red line</source>
        <translation>, 절대 레드라인 위반 {n}개</translation>
    </message>
    <message>
        <source>{done} of {tasks} done</source>
        <translation>{tasks}건 중 {done}건 완료</translation>
    </message>
    <message>
        <source>, {overdue} overdue</source>
        <translation>, 기한 경과 {overdue}건</translation>
    </message>
    <message>
        <source>{n} {side}</source>
        <translation>{side} {n}명</translation>
    </message>
</context>
<context>
    <name>PackagesView</name>
    <message>
        <source>Give</source>
        <translation>양보</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>최초 제시안</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대안 입장</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>Beyond walk-away</source>
        <translation>결렬선 초과</translation>
    </message>
    <message>
        <source>{step} (by the figure)</source>
        <translation>{step} (수치 기준)</translation>
    </message>
    <message>
        <source>{step} (by role)</source>
        <translation>{step} (역할 기준)</translation>
    </message>
    <message>
        <source>Past the walk-away point: worth nothing to us</source>
        <translation>결렬선을 넘어섬: 아측에 가치 없음</translation>
    </message>
    <message>
        <source>worth {score} of 100 to us</source>
        <translation>아측 가치 {score}/100</translation>
    </message>
    <message>
        <source>The agenda item&apos;s key figure: {figure}</source>
        <translation>의제의 핵심 수치: {figure}</translation>
    </message>
    <message>
        <source>Propose equivalent offers…</source>
        <translation>동등 제안 생성…</translation>
    </message>
    <message>
        <source>Offers…</source>
        <translation>동등 제안…</translation>
    </message>
    <message>
        <source>Propose several packages of about equal value to us, none of which breaks a red line</source>
        <translation>아측 가치가 비슷하면서 레드라인을 위반하지 않는 패키지를 여러 개 생성합니다</translation>
    </message>
    <message>
        <source>Propose equivalent offers</source>
        <translation>동등 제안 생성</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>제안 측</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>양보</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>아측</translation>
    </message>
    <message>
        <source>For them</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>국내 비준</translation>
    </message>
    <message>
        <source>unacceptable</source>
        <translation>수용 불가</translation>
    </message>
    <message>
        <source>Unacceptable whatever it scores: it breaks the absolute red line {names}.</source>
        <translation>점수와 관계없이 수용 불가: 절대 레드라인 {names}을(를) 위반합니다.</translation>
    </message>
    <message>
        <source>Unacceptable whatever it scores: it breaks the absolute red lines {names}.</source>
        <translation>점수와 관계없이 수용 불가: 절대 레드라인 {names}을(를) 위반합니다.</translation>
    </message>
    <message>
        <source>{ours} of {possible} points</source>
        <translation>{possible}점 중 {ours}점</translation>
    </message>
    <message>
        <source>Their weights are not modelled for the items of this package</source>
        <translation>이 패키지의 항목에는 상대측 가중치가 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{theirs} points for them, as we model their weights</source>
        <translation>상대측 {theirs}점 (아측이 추정한 상대측 가중치 기준)</translation>
    </message>
    <message>
        <source>gives {gives} (weight {given}), gets {gets} (weight {gained})</source>
        <translation>양보 {gives}개(가중치 {given}), 요구 {gets}개(가중치 {gained})</translation>
    </message>
    <message>
        <source>For us: {value}</source>
        <translation>아측: {value}</translation>
    </message>
    <message>
        <source>Who puts it forward</source>
        <translation>패키지를 제시하는 측</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>새 패키지</translation>
    </message>
    <message>
        <source>Items of the package</source>
        <translation>패키지 항목</translation>
    </message>
    <message>
        <source>Value of the package</source>
        <translation>패키지 가치</translation>
    </message>
    <message>
        <source>Each item&apos;s weight × the score of the step the package settles it at, ÷ 100</source>
        <translation>항목별 가중치 × 패키지가 정한 단계의 점수 ÷ 100</translation>
    </message>
    <message>
        <source>Warnings on the value of the package</source>
        <translation>패키지 가치 관련 경고</translation>
    </message>
    <message>
        <source>Role of the selected item</source>
        <translation>선택한 항목의 역할</translation>
    </message>
    <message>
        <source>Whether we would give this item or get it in the package</source>
        <translation>이 패키지에서 이 항목을 양보하는지 요구하는지 지정합니다</translation>
    </message>
    <message>
        <source>Level of the selected item</source>
        <translation>선택한 항목의 단계</translation>
    </message>
    <message>
        <source>Where on the item&apos;s mandate ladder the package settles it. By role: a get counts at its target, a give at its fallback.</source>
        <translation>이 패키지가 해당 항목을 훈령 단계 중 어디에서 타결하는지 나타냅니다. 역할 기준: 요구 항목은 목표, 양보 항목은 대안 입장으로 계산합니다.</translation>
    </message>
    <message>
        <source>(by role)</source>
        <translation>(역할 기준)</translation>
    </message>
    <message>
        <source>Proposed figure of the selected item</source>
        <translation>선택한 항목의 제안 수치</translation>
    </message>
    <message>
        <source>The figure this package proposes for the item, in the item&apos;s unit</source>
        <translation>이 패키지가 해당 항목에 제안하는 수치(항목의 단위 기준)</translation>
    </message>
    <message>
        <source>Notes on the selected item</source>
        <translation>선택한 항목 메모</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>항목 제외</translation>
    </message>
    <message>
        <source>Remove the selected item from the package</source>
        <translation>선택한 항목을 패키지에서 제외</translation>
    </message>
    <message>
        <source>Take the selected agenda item out of this package</source>
        <translation>선택한 의제를 이 패키지에서 제외합니다</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Proposed figure:</source>
        <translation>제안 수치:</translation>
    </message>
    <message>
        <source>Item notes:</source>
        <translation>항목 메모:</translation>
    </message>
    <message>
        <source>Add item:</source>
        <translation>항목 추가:</translation>
    </message>
    <message>
        <source>Agenda item to add</source>
        <translation>추가할 의제</translation>
    </message>
    <message>
        <source>The dossier&apos;s agenda items that are not in this package yet</source>
        <translation>아직 이 패키지에 포함되지 않은 자료집의 의제</translation>
    </message>
    <message>
        <source>Role of the item to add</source>
        <translation>추가할 항목의 역할</translation>
    </message>
    <message>
        <source>Give: we offer it. Get: we obtain it.</source>
        <translation>양보: 아측이 내어 줌. 요구: 아측이 얻어 냄.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add the agenda item to the package</source>
        <translation>의제를 패키지에 추가</translation>
    </message>
    <message>
        <source>Put the chosen agenda item into this package</source>
        <translation>선택한 의제를 이 패키지에 넣습니다</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Proposed figure</source>
        <translation>제안 수치</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>No items yet: nothing to value.</source>
        <translation>항목이 없어 가치를 산정할 수 없습니다.</translation>
    </message>
    <message>
        <source>for them: {theirs}</source>
        <translation>상대측: {theirs}</translation>
    </message>
    <message>
        <source>for them: not modelled</source>
        <translation>상대측: 가중치 미설정</translation>
    </message>
    <message>
        <source>unacceptable ({value})</source>
        <translation>수용 불가 ({value})</translation>
    </message>
    <message>
        <source>Value for us: {ours}; {theirs} — {balance}</source>
        <translation>아측 가치: {ours}; {theirs} — {balance}</translation>
    </message>
    <message>
        <source>(by role: {step})</source>
        <translation>(역할 기준: {step})</translation>
    </message>
    <message>
        <source>{chosen} → {step} (by the figure)</source>
        <translation>{chosen} → {step} (수치 기준)</translation>
    </message>
    <message>
        <source>Proposed figure: {problem}</source>
        <translation>제안 수치: {problem}</translation>
    </message>
    <message>
        <source>Change role of package item</source>
        <translation>패키지 항목 역할 변경</translation>
    </message>
    <message>
        <source>Change level of package item</source>
        <translation>패키지 항목 단계 변경</translation>
    </message>
    <message>
        <source>Edit proposed figure</source>
        <translation>제안 수치 수정</translation>
    </message>
    <message>
        <source>Edit package item notes</source>
        <translation>패키지 항목 메모 수정</translation>
    </message>
    <message>
        <source>Add item to package</source>
        <translation>패키지에 항목 추가</translation>
    </message>
    <message>
        <source>Remove item from package</source>
        <translation>패키지에서 항목 제외</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>the keyring package is not installed</source>
        <translation>keyring 패키지가 설치되어 있지 않음</translation>
    </message>
    <message>
        <source>no system keyring works here</source>
        <translation>이 시스템에서 사용할 수 있는 키링이 없음</translation>
    </message>
    <message>
        <source>Encrypted store</source>
        <translation>암호화된 저장소</translation>
    </message>
    <message>
        <source>{name} is encrypted. Its passphrase:</source>
        <translation>{name}은(는) 암호화되어 있습니다. 암호 문구:</translation>
    </message>
    <message>
        <source>Keep the passphrase in the system keyring</source>
        <translation>암호 문구를 시스템 키링에 보관</translation>
    </message>
    <message>
        <source>Keep the passphrase in the system keyring ({reason})</source>
        <translation>암호 문구를 시스템 키링에 보관 ({reason})</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>That passphrase does not open this store. Try again.</source>
        <translation>이 암호 문구로는 저장소를 열 수 없습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keyring: {error}</source>
        <translation>암호 문구를 키링에 보관하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>프린터:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>인쇄 매수:</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>인쇄 부수</translation>
    </message>
    <message>
        <source>Each copy is a complete set of pages</source>
        <translation>각 부는 모든 페이지를 갖춘 한 벌입니다</translation>
    </message>
    <message>
        <source>Number the copies, from</source>
        <translation>사본 번호 매기기, 시작 번호</translation>
    </message>
    <message>
        <source>Every page&apos;s footer says which copy it belongs to: &quot;Copy 2 of 3&quot;</source>
        <translation>모든 페이지의 바닥글에 몇 번째 사본인지 표시합니다: “사본 2/3”</translation>
    </message>
    <message>
        <source>Number of the first copy</source>
        <translation>첫 사본의 번호</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>인쇄 부수</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>페이지에 맞춤</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Print on a printer, in the copies set here</source>
        <translation>여기서 정한 부수대로 프린터로 인쇄합니다</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Save the pages, in the copies set here, as a PDF file</source>
        <translation>여기서 정한 부수대로 페이지를 PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>프린터 없음</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: use Save as PDF… instead.</source>
        <translation>이 컴퓨터에 설정된 프린터가 없습니다. 대신 “PDF로 저장…”을 사용하십시오.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source> and {n} more</source>
        <translation> 외 {n}자</translation>
    </message>
    <message>
        <source>no installed font has these characters, they print as boxes: {chars}</source>
        <translation>설치된 글꼴에 다음 문자가 없어 네모 상자로 출력됩니다: {chars}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>출력일 {date}</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>사본 {n}</translation>
    </message>
    <message>
        <source>Copy {n} of {total}</source>
        <translation>사본 {n}/{total}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}/{pages}쪽</translation>
    </message>
    <message>
        <source>cannot start printing (is the file writable?)</source>
        <translation>인쇄를 시작할 수 없습니다(파일에 쓸 수 있는지 확인하십시오).</translation>
    </message>
    <message>
        <source>page size must be one of {sizes}, not {size!r}</source>
        <translation>용지 크기는 {sizes} 중 하나여야 합니다({size!r}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>인쇄 — {title}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Saved the {paper} as {path}</source>
        <translation>{paper} PDF 저장 위치: {path}</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>PDF로 저장했습니다</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Cannot open the folder {folder}: no file manager answered</source>
        <translation>폴더를 열 수 없습니다. 응답한 파일 관리자가 없습니다: {folder}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>인쇄할 수 없음</translation>
    </message>
    <message>
        <source>Preparing the printout</source>
        <translation>인쇄물을 준비하는 중</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>점검표 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the dossier&apos;s checklists, with a preview first</source>
        <translation>자료집의 점검표를 미리 본 뒤 인쇄합니다</translation>
    </message>
    <message>
        <source>Print &amp;briefing book…</source>
        <translation>브리핑 자료 인쇄(&amp;B)…</translation>
    </message>
    <message>
        <source>Print the briefing book to carry into the room, with a preview first</source>
        <translation>회의장에 가져갈 브리핑 자료를 미리 본 뒤 인쇄합니다</translation>
    </message>
    <message>
        <source>Print release briefing book…</source>
        <translation>배포본 브리핑 자료 인쇄…</translation>
    </message>
    <message>
        <source>The briefing book as the dossier&apos;s release policy allows, for a wider circle</source>
        <translation>협상 자료집의 배포 정책이 허용하는 범위의 브리핑 자료 (더 넓은 배포용)</translation>
    </message>
    <message>
        <source>Print addendum since the last printed copy…</source>
        <translation>마지막 인쇄본 이후의 추록 인쇄…</translation>
    </message>
    <message>
        <source>Only what changed since the book or an addendum was last printed, with a preview</source>
        <translation>브리핑 자료나 추록을 마지막으로 인쇄한 뒤 바뀐 것만, 미리 보기와 함께</translation>
    </message>
    <message>
        <source>Print release checklists…</source>
        <translation>배포본 점검표 인쇄…</translation>
    </message>
    <message>
        <source>The checklists as the dossier&apos;s release policy allows, for a wider circle</source>
        <translation>협상 자료집의 배포 정책이 허용하는 범위의 점검표 (더 넓은 배포용)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>추록</translation>
    </message>
    <message>
        <source>Changes since the last printed copy of the book or an addendum:</source>
        <translation>브리핑 자료나 추록을 마지막으로 인쇄한 이후의 변경 사항:</translation>
    </message>
    <message>
        <source>No copy was printed yet: changes since the dossier was created:</source>
        <translation>아직 인쇄한 적이 없습니다: 협상 자료집을 만든 이후의 변경 사항:</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>기준 시각</translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation>배포본</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>the paper must be one of {kinds}, not {kind!r}</source>
        <translation>인쇄물 종류는 {kinds} 중 하나여야 합니다(사용할 수 없는 값: {kind!r})</translation>
    </message>
    <message>
        <source>an addendum needs the time since when it reports changes</source>
        <translation>추록에는 변경 사항을 찾을 기준 시각이 필요합니다</translation>
    </message>
    <message>
        <source>release addendum</source>
        <translation>배포본 추록</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>추록</translation>
    </message>
    <message>
        <source>release briefing book</source>
        <translation>브리핑 자료 배포본</translation>
    </message>
    <message>
        <source>briefing book</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>release checklists</source>
        <translation>점검표 배포본</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>the number of copies must be between 1 and {most}, not {count}</source>
        <translation>인쇄 부수는 1에서 {most} 사이여야 합니다(입력값: {count})</translation>
    </message>
    <message>
        <source>copies are numbered from 1 or more, not {first}</source>
        <translation>사본 번호는 1 이상이어야 합니다(입력값: {first})</translation>
    </message>
    <message>
        <source>copy {n}</source>
        <translation>사본 {n}</translation>
    </message>
    <message>
        <source>copies {first}–{last}</source>
        <translation>사본 {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>must not be null</source>
        <translation>값은 null일 수 없습니다</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>text holds a lone surrogate ({char}), which is not Unicode text</source>
        <translation>텍스트에 짝 없는 서로게이트 문자({char})가 있어 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>text holds the control character {char}</source>
        <translation>텍스트에 제어 문자({char})가 있습니다</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>길이가 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>must be a non-empty string id</source>
        <translation>값은 비어 있지 않은 문자열 ID여야 합니다</translation>
    </message>
    <message>
        <source>must be an id of at most {limit} printable characters</source>
        <translation>값은 인쇄 가능한 문자 {limit}자 이하의 ID여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of {choices}</source>
        <translation>&quot;{value}&quot;은(는) {choices} 중 어느 것에도 해당하지 않습니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>값은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>값은 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>값은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a finite number within ±1e15</source>
        <translation>값은 ±1e15 범위 안의 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>값은 {low}에서 {high} 사이여야 합니다(현재 값: {value})</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value}은(는) 올바른 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], with an optional Z or offset)</source>
        <translation>{value}은(는) 올바른 날짜나 일시가 아닙니다(YYYY-MM-DD 또는 YYYY-MM-DDTHH:MM[:SS], 뒤에 Z나 오프셋을 붙일 수 있음)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>값은 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be null or an object</source>
        <translation>값은 null 또는 객체여야 합니다</translation>
    </message>
    <message>
        <source>has an unknown key &apos;{key}&apos;</source>
        <translation>알 수 없는 키(&apos;{key}&apos;)가 있습니다</translation>
    </message>
    <message>
        <source>needs a numeric &apos;value&apos;</source>
        <translation>숫자로 된 &apos;value&apos; 값이 필요합니다</translation>
    </message>
    <message>
        <source>{value} is not the time of a change as negoprep stamps it (YYYY-MM-DDTHH:MM:SS.mmmZ)</source>
        <translation>{value}은(는) negoprep이 기록하는 변경 시각 형식(YYYY-MM-DDTHH:MM:SS.mmmZ)이 아닙니다</translation>
    </message>
    <message>
        <source>must be an object with a &apos;kind&apos;</source>
        <translation>값은 &apos;kind&apos; 키가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {message}</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열): {message}</translation>
    </message>
    <message>
        <source>not valid JSON: {value} is not a number JSON allows</source>
        <translation>올바른 JSON이 아닙니다: {value}은(는) JSON에서 허용하는 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>not valid JSON for negoprep: a number with {digits} digits</source>
        <translation>negoprep에서 읽을 수 없는 JSON입니다: {digits}자리 숫자가 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>올바른 JSON이 아닙니다: 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>한 객체 안에 &apos;{key}&apos; 키가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>문서는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>not a negoprep dossier: &apos;format&apos; must be &quot;{format}&quot;</source>
        <translation>negoprep 협상 자료집이 아닙니다: &apos;format&apos; 값은 &quot;{format}&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>made by a newer negoprep (format version {version}; this one reads up to {known})</source>
        <translation>더 새로운 버전의 negoprep에서 만든 파일입니다(형식 버전 {version}, 이 버전은 {known}까지 읽을 수 있음)</translation>
    </message>
    <message>
        <source>unknown format version {version}</source>
        <translation>알 수 없는 형식 버전입니다: {version}</translation>
    </message>
    <message>
        <source>missing key &apos;dossier&apos; (an object)</source>
        <translation>&apos;dossier&apos; 키(객체)가 없습니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; was deleted from this store</source>
        <translation>&quot;{id}&quot;은(는) 이 저장소에서 삭제되었습니다</translation>
    </message>
    <message>
        <source>unknown key &apos;deleted&apos; (a dossier is not deleted by loading)</source>
        <translation>알 수 없는 키 &apos;deleted&apos;가 있습니다(자료집은 불러오기로 삭제할 수 없습니다)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>알 수 없는 키(&apos;{key}&apos;)가 있습니다</translation>
    </message>
    <message>
        <source>missing key &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; 키가 없습니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>값은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>is only for a record already in the store (this document adds a new dossier)</source>
        <translation>항목은 저장소에 이미 있는 레코드에만 쓸 수 있습니다(이 문서는 새 자료집을 추가합니다)</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; appears twice (also at {other})</source>
        <translation>ID &quot;{id}&quot;이(가) 중복됩니다({other}에도 있음)</translation>
    </message>
    <message>
        <source>the same agenda item appears twice</source>
        <translation>같은 의제가 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; is already the id of {a_noun} in this store</source>
        <translation>ID &quot;{id}&quot;은(는) 이 저장소에서 이미 {a_noun}의 ID로 쓰이고 있습니다</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; already belongs to another dossier in this store</source>
        <translation>ID &quot;{id}&quot;은(는) 이 저장소의 다른 자료집에서 이미 쓰이고 있습니다</translation>
    </message>
    <message>
        <source>{key} &quot;{label}&quot; is deleted by this document but still used here</source>
        <translation>이 문서에서 삭제하는 {key} &quot;{label}&quot;을(를) 여기에서 아직 참조하고 있습니다</translation>
    </message>
    <message>
        <source>{key} &quot;{id}&quot; is not {a_noun} of this dossier</source>
        <translation>{key} &quot;{id}&quot;은(는) 이 자료집의 {a_noun}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>uses {noun} &quot;{label}&quot;, which this document deletes</source>
        <translation>이 문서에서 삭제하는 {noun} &quot;{label}&quot;을(를) 사용합니다</translation>
    </message>
    <message>
        <source>the agenda item weights sum to {total}, not 100</source>
        <translation>의제 가중치의 합계가 100이 아니라 {total}입니다</translation>
    </message>
    <message>
        <source>is not a JSON object of a record&apos;s fields</source>
        <translation>레코드 필드를 담은 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>holds &apos;{key}&apos;, which is not a field of its record</source>
        <translation>레코드에 없는 필드(&apos;{key}&apos;)가 들어 있습니다</translation>
    </message>
    <message>
        <source>lead back to the revision itself: a revision cannot be its own ancestor</source>
        <translation>수정본 자신으로 되돌아갑니다: 수정본은 자기 자신의 조상이 될 수 없습니다</translation>
    </message>
    <message>
        <source>{noun} &quot;{title}&quot; ({id})</source>
        <translation>{noun} &quot;{title}&quot;({id})</translation>
    </message>
    <message>
        <source>{noun} {id}</source>
        <translation>{noun} {id}</translation>
    </message>
    <message>
        <source>the name of author &quot;{name}&quot; ({id}) does not match its digest</source>
        <translation>작성자 &quot;{name}&quot;({id})의 이름이 다이제스트와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>revision {id} of {record}: its snapshot does not match its hash</source>
        <translation>{record}의 개정 {id}: 스냅숏이 해시와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>revision {id} of {record}: its author, time, parents or content do not match its digest</source>
        <translation>{record}의 개정 {id}: 작성자, 시각, 상위 개정 또는 내용이 다이제스트와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>revision {id} of {record}: &apos;{field}&apos; is marked as withheld but holds a value</source>
        <translation>{record}의 개정 {id}: &apos;{field}&apos;이(가) 비공개로 표시되어 있으나 값이 들어 있습니다</translation>
    </message>
    <message>
        <source>revision {id} of {record}: its list of withheld fields is not one negoprep writes</source>
        <translation>{record}의 개정 {id}: 비공개 필드 목록이 negoprep이 기록하는 형식이 아닙니다</translation>
    </message>
    <message>
        <source>{record}: &apos;{field}&apos; does not hold what its latest revision says</source>
        <translation>{record}: &apos;{field}&apos;이(가) 최신 개정의 내용과 다릅니다</translation>
    </message>
    <message>
        <source>revision {id} of {record}: &apos;{field}&apos; is marked as withheld, but no export withholds it there</source>
        <translation>{record}의 개정 {id}: &apos;{field}&apos;이(가) 비공개로 표시되어 있으나, 어떤 내보내기도 그 자리에서 이를 비공개로 하지 않습니다</translation>
    </message>
    <message>
        <source>its history holds {found} {what}, not the {sealed} negoprep sealed, or not the same ones (revisions or authors were removed, added or rolled back)</source>
        <translation>이력에 {what} {found}건이 있어, negoprep이 봉인한 {sealed}건과 수 또는 내용이 다릅니다(개정 또는 작성자가 삭제·추가되었거나 이전 상태로 되돌려졌습니다)</translation>
    </message>
    <message>
        <source>its history&apos;s seal is missing or not one negoprep writes</source>
        <translation>이력의 봉인이 없거나 negoprep이 기록하는 형식이 아닙니다</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>the rule must be an object with a &apos;kind&apos;</source>
        <translation>규칙은 &apos;kind&apos; 키가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>the rule is longer than {limit} characters</source>
        <translation>규칙이 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>the rule is nested deeper than {limit} levels</source>
        <translation>규칙의 중첩이 {limit}단계보다 깊습니다</translation>
    </message>
    <message>
        <source>the rule is not valid JSON</source>
        <translation>규칙이 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>unknown rule kind {kind} (known kinds: {known})</source>
        <translation>알 수 없는 규칙 종류입니다: {kind}(사용 가능한 종류: {known})</translation>
    </message>
    <message>
        <source>a {kind} rule needs &apos;{param}&apos;</source>
        <translation>{kind} 규칙에는 &apos;{param}&apos; 값이 필요합니다</translation>
    </message>
    <message>
        <source>a {kind} rule takes no &apos;{param}&apos;</source>
        <translation>{kind} 규칙에는 &apos;{param}&apos; 항목을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a list of track ids</source>
        <translation>&apos;{param}&apos; 값은 분야 ID 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; names a track twice</source>
        <translation>&apos;{param}&apos;에 같은 분야가 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must name at least {least} tracks</source>
        <translation>&apos;{param}&apos;에는 분야가 {least}개 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must hold exactly {count} groups of tracks</source>
        <translation>&apos;{param}&apos;에는 분야 그룹이 정확히 {count}개 있어야 합니다</translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; must be a list of track ids</source>
        <translation>&apos;{param}&apos;의 {group}번 그룹은 분야 ID 목록이어야 합니다</translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; is empty</source>
        <translation>&apos;{param}&apos;의 {group}번 그룹이 비어 있습니다</translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; names a track twice</source>
        <translation>&apos;{param}&apos;의 {group}번 그룹에 같은 분야가 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>the two groups of &apos;{param}&apos; share a track</source>
        <translation>&apos;{param}&apos;의 두 그룹에 같은 분야가 함께 들어 있습니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be an agenda item id</source>
        <translation>&apos;{param}&apos; 값은 의제 ID여야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a number</source>
        <translation>&apos;{param}&apos; 값은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a finite number within ±1e15</source>
        <translation>&apos;{param}&apos; 값은 ±1e15 범위 안의 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a whole number of at least {least}</source>
        <translation>&apos;{param}&apos; 값은 {least} 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be less than the number of tracks ({count})</source>
        <translation>&apos;{param}&apos; 값은 분야 수({count})보다 작아야 합니다</translation>
    </message>
    <message>
        <source>&apos;{param}&apos;: &quot;{track}&quot; is not a track of this dossier</source>
        <translation>&apos;{param}&apos;: &quot;{track}&quot;은(는) 이 자료집의 분야가 아닙니다</translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos;: &quot;{track}&quot; is not a track of this dossier</source>
        <translation>&apos;{param}&apos;의 {group}번 그룹: &quot;{track}&quot;은(는) 이 자료집의 분야가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is not an agenda item of this dossier</source>
        <translation>&quot;{item}&quot;은(는) 이 자료집의 의제가 아닙니다</translation>
    </message>
    <message>
        <source>a {kind} needs an agenda item with a figure</source>
        <translation>{kind} 규칙에는 핵심 수치가 있는 의제가 필요합니다</translation>
    </message>
    <message>
        <source>No linkage between {first} and {second}</source>
        <translation>{first} 분야와 {second} 분야 간 연계 금지</translation>
    </message>
    <message>
        <source>{item} is not a card to give</source>
        <translation>{item}: 양보 불가</translation>
    </message>
    <message>
        <source>{item} is not a card for {tracks}, given or got</source>
        <translation>{item}: 양보든 요구든 {tracks} 분야와 맞바꾸는 카드 불가</translation>
    </message>
    <message>
        <source>it holds {item} in a package with {traded} ({tracks})</source>
        <translation>{item} 의제를 {tracks} 분야의 {traded} 의제와 한 패키지에 담았습니다</translation>
    </message>
    <message>
        <source>is {high}, below the lowest figure it allows ({low}): no figure would meet the demand</source>
        <translation>값 {high}이(가) 허용하는 최저 수치({low})보다 낮아 어떤 수치도 이 요구를 충족할 수 없습니다</translation>
    </message>
    <message>
        <source>it holds {item}, which must be kept out of any deal</source>
        <translation>{item}을(를) 포함하나, 이 항목은 어떤 합의에도 넣지 말아야 함</translation>
    </message>
    <message>
        <source>it settles {item} at {found}, short of {wanted}</source>
        <translation>{item}을(를) {found}에서 타결하여 {wanted}에 못 미침</translation>
    </message>
    <message>
        <source>it puts {item} at {found}, above {limit}</source>
        <translation>{item}을(를) {found}(으)로 정해 {limit}을(를) 넘음</translation>
    </message>
    <message>
        <source>it puts {item} at {found}, below {limit}</source>
        <translation>{item}을(를) {found}(으)로 정해 {limit}에 못 미침</translation>
    </message>
    <message>
        <source>fails at home: {who}</source>
        <translation>국내 비준 불가: {who}</translation>
    </message>
    <message>
        <source>opposed at home: {who}</source>
        <translation>국내 반대: {who}</translation>
    </message>
    <message>
        <source>{name} ({why})</source>
        <translation>{name}({why})</translation>
    </message>
    <message>
        <source>its proposed figure for {item} is not placed on the ladder: the item does not say whether more or less is better for us</source>
        <translation>{item} 의제에 제시된 수치를 훈령 단계에 놓을 수 없습니다: 이 의제는 수치가 클수록 유리한지 작을수록 유리한지 정하지 않았습니다</translation>
    </message>
    <message>
        <source>the ladder figures of {item} do not run from opening to walk-away the way that is better for us</source>
        <translation>{item} 의제의 단계별 수치가 최초 제시안에서 결렬선까지 아측에 유리한 방향대로 이어지지 않습니다</translation>
    </message>
    <message>
        <source>its figure for {item} is past their estimated walk-away point: outside their zone of agreement</source>
        <translation>{item}의 수치가 상대측 추정 결렬선을 넘어섭니다: 상대측 합의 가능 영역 밖</translation>
    </message>
    <message>
        <source>Not a card — an agenda item that is never given away or traded against other tracks</source>
        <translation>협상 카드 불가 — 절대 내주지 않고 다른 분야와 맞바꾸지도 않는 의제</translation>
    </message>
    <message>
        <source>A package breaks it when it gives this agenda item; with tracks ticked, when it holds this item, given or got, together with items of those tracks.
Example: Alaska LNG is not a card for tariffs.</source>
        <translation>패키지가 이 의제를 양보하면 위반입니다. 분야를 선택한 경우에는 이 의제를 양보든 요구든 그 분야의 의제와 한 패키지에 담으면 위반입니다.
예: 알래스카 LNG는 관세 협상 카드가 아님.</translation>
    </message>
    <message>
        <source>Choose the agenda item that is not a card. Tick none to forbid giving it at all; tick tracks to forbid any package that holds it, given or got, together with items of those tracks.</source>
        <translation>협상 카드가 될 수 없는 의제를 선택하십시오. 어떤 경우에도 양보를 금지하려면 분야를 선택하지 마십시오. 분야를 선택하면 이 의제를 양보든 요구든 그 분야의 의제와 함께 담은 패키지를 모두 금지합니다.</translation>
    </message>
    <message>
        <source>The agenda item that is not a card to play</source>
        <translation>협상 카드로 쓸 수 없는 의제</translation>
    </message>
    <message>
        <source>Never in a package with items of these tracks (optional):</source>
        <translation>다음 분야 의제와 한 패키지에 담기 금지(선택 사항):</translation>
    </message>
    <message>
        <source>Never with these tracks (optional)</source>
        <translation>다음 분야와 함께 담기 금지(선택 사항)</translation>
    </message>
    <message>
        <source>Optional: tick tracks to forbid any package that holds the item, given or got, with items of these tracks</source>
        <translation>선택 사항: 분야를 선택하면 이 의제를 양보든 요구든 그 분야의 의제와 함께 담은 패키지를 금지합니다</translation>
    </message>
    <message>
        <source>Choose an agenda item: a package may not propose a figure above this value. An item without a figure yet is marked; type its figure below and it is saved with the rule.</source>
        <translation>의제를 선택하십시오. 패키지는 이 값보다 높은 수치를 제시할 수 없습니다. 아직 핵심 수치가 없는 의제는 따로 표시되며, 아래에 수치를 입력하면 규칙과 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>Only an item with a figure can be limited: one marked “no figure” gets its figure below</source>
        <translation>핵심 수치가 있는 의제만 제한할 수 있습니다. “수치 없음”으로 표시된 의제는 아래에서 수치를 입력합니다</translation>
    </message>
    <message>
        <source>Choose an agenda item: a package may not propose a figure below this value. An item without a figure yet is marked; type its figure below and it is saved with the rule.</source>
        <translation>의제를 선택하십시오. 패키지는 이 값보다 낮은 수치를 제시할 수 없습니다. 아직 핵심 수치가 없는 의제는 따로 표시되며, 아래에 수치를 입력하면 규칙과 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>A package may span at most {max} of {tracks}</source>
        <translation>패키지당 {tracks} 중 최대 {max}개 분야까지만 허용</translation>
    </message>
    <message>
        <source>{item}: at most {value}</source>
        <translation>{item}: 최대 {value}</translation>
    </message>
    <message>
        <source>{item}: at least {value}</source>
        <translation>{item}: 최소 {value}</translation>
    </message>
    <message>
        <source>Checked by a person</source>
        <translation>사람이 직접 점검</translation>
    </message>
    <message>
        <source>A rule that cannot be read: check it by hand</source>
        <translation>읽을 수 없는 규칙: 직접 점검하십시오</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>it links {first} ({first_tracks}) with {second} ({second_tracks})</source>
        <translation>{first_tracks} 분야의 {first} 의제와 {second_tracks} 분야의 {second} 의제를 연계합니다</translation>
    </message>
    <message>
        <source>it gives {item}, which is not a card to play</source>
        <translation>양보할 수 없는 {item} 의제를 양보합니다</translation>
    </message>
    <message>
        <source>it spans {count} of these tracks ({tracks}) with {items}; at most {max} may go together</source>
        <translation>{items} 의제가 지정 분야 중 {count}개 분야({tracks})에 걸쳐 있어, 함께 묶을 수 있는 최대 {max}개를 넘습니다</translation>
    </message>
    <message>
        <source>it proposes {proposed} for {item}, above the ceiling of {value}</source>
        <translation>{item} 의제에 상한 {value}보다 높은 수치({proposed})를 제시합니다</translation>
    </message>
    <message>
        <source>it proposes {proposed} for {item}, below the floor of {value}</source>
        <translation>{item} 의제에 하한 {value}보다 낮은 수치({proposed})를 제시합니다</translation>
    </message>
    <message>
        <source>it gives {item} beyond its walk-away point</source>
        <translation>{item}을(를) 결렬선을 넘어 양보합니다</translation>
    </message>
    <message>
        <source>it settles {item} beyond its walk-away point</source>
        <translation>{item}에 대해 결렬선을 넘어 합의합니다</translation>
    </message>
    <message>
        <source>it gives without getting anything in return</source>
        <translation>대가 없이 양보만 합니다</translation>
    </message>
    <message>
        <source>it gives more weight ({given}) than it gets ({gained})</source>
        <translation>요구하는 가중치({gained})보다 양보하는 가중치({given})가 큽니다</translation>
    </message>
    <message>
        <source>No linkage between tracks</source>
        <translation>분야 간 연계 금지</translation>
    </message>
    <message>
        <source>No linkage — two groups of tracks are never traded against each other</source>
        <translation>연계 금지 — 두 분야 그룹을 서로 맞바꾸지 않음</translation>
    </message>
    <message>
        <source>A package breaks it when it holds items of tracks of both groups.
Example: no linkage of defense cost-sharing to trade.</source>
        <translation>패키지에 두 그룹의 분야 의제가 함께 들어 있으면 위반입니다.
예: 방위비 분담금과 통상 연계 불가.</translation>
    </message>
    <message>
        <source>Tick the tracks of each group: a package may hold items of one group or of the other, never of both.</source>
        <translation>그룹마다 분야를 선택하십시오. 패키지에는 어느 한 그룹의 의제만 담을 수 있으며, 두 그룹의 의제를 함께 담을 수는 없습니다.</translation>
    </message>
    <message>
        <source>These tracks…</source>
        <translation>다음 분야는…</translation>
    </message>
    <message>
        <source>…are never traded against these:</source>
        <translation>…다음 분야와 맞바꾸지 않음:</translation>
    </message>
    <message>
        <source>Tracks of the first group</source>
        <translation>첫째 그룹 분야</translation>
    </message>
    <message>
        <source>Tracks of the second group</source>
        <translation>둘째 그룹 분야</translation>
    </message>
    <message>
        <source>Tick a track to put it in this group; a track belongs to one group at most</source>
        <translation>분야를 선택하면 이 그룹에 들어갑니다. 한 분야는 한 그룹에만 속할 수 있습니다</translation>
    </message>
    <message>
        <source>Not a card to give</source>
        <translation>양보 불가 의제</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>의제:</translation>
    </message>
    <message>
        <source>Agenda item that is not a card</source>
        <translation>양보 불가 의제</translation>
    </message>
    <message>
        <source>No bundle of tracks</source>
        <translation>분야 묶음 제한</translation>
    </message>
    <message>
        <source>No bundle — a package spans at most a number of tracks</source>
        <translation>묶음 제한 — 한 패키지에 담을 수 있는 분야 수를 제한</translation>
    </message>
    <message>
        <source>A package breaks it when its items span more than the maximum of these tracks.
Example: no one-stop package of tariffs, security and energy.</source>
        <translation>패키지의 의제가 이 분야 중 허용된 최대 개수보다 많은 분야에 걸치면 위반입니다.
예: 관세·안보·에너지를 모두 묶은 일괄 타결 패키지 불가.</translation>
    </message>
    <message>
        <source>Tick the tracks, then how many of them one package may span at most (fewer than the tracks ticked).</source>
        <translation>분야를 선택한 다음, 한 패키지가 그중 최대 몇 개 분야에 걸칠 수 있는지 정하십시오(선택한 분야 수보다 적어야 합니다).</translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation>분야:</translation>
    </message>
    <message>
        <source>Tracks no package may all span</source>
        <translation>한 패키지에 모두 담을 수 없는 분야</translation>
    </message>
    <message>
        <source>Tick at least two tracks; a package may hold items of at most the maximum of them</source>
        <translation>분야를 두 개 이상 선택하십시오. 패키지에는 그중 최대 개수까지의 분야 의제만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>최대:</translation>
    </message>
    <message>
        <source>Most tracks a package may span</source>
        <translation>패키지당 최대 분야 수</translation>
    </message>
    <message>
        <source>How many of the ticked tracks one package may span at most</source>
        <translation>선택한 분야 중 한 패키지에 담을 수 있는 최대 분야 수</translation>
    </message>
    <message>
        <source>Ceiling on a figure</source>
        <translation>수치 상한</translation>
    </message>
    <message>
        <source>Ceiling — an item&apos;s figure may not go above a value</source>
        <translation>상한 — 의제의 수치가 정해진 값을 넘을 수 없음</translation>
    </message>
    <message>
        <source>A package breaks it when it proposes a figure for the item above this value.
Example: no additional defense cost increase.</source>
        <translation>패키지가 이 의제에 이 값보다 높은 수치를 제시하면 위반입니다.
예: 방위비 추가 증액 불가.</translation>
    </message>
    <message>
        <source>Agenda item whose figure is limited</source>
        <translation>수치를 제한할 의제</translation>
    </message>
    <message>
        <source>Ceiling of the figure</source>
        <translation>수치 상한값</translation>
    </message>
    <message>
        <source>A number, in the unit of the item&apos;s figure</source>
        <translation>의제 수치와 같은 단위의 숫자</translation>
    </message>
    <message>
        <source>Floor on a figure</source>
        <translation>수치 하한</translation>
    </message>
    <message>
        <source>Floor — an item&apos;s figure may not go below a value</source>
        <translation>하한 — 의제의 수치가 정해진 값보다 낮을 수 없음</translation>
    </message>
    <message>
        <source>A package breaks it when it proposes a figure for the item below this value.</source>
        <translation>패키지가 이 의제에 이 값보다 낮은 수치를 제시하면 위반입니다.</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>최소:</translation>
    </message>
    <message>
        <source>Floor of the figure</source>
        <translation>수치 하한값</translation>
    </message>
    <message>
        <source>Manual check by a person</source>
        <translation>수동 점검</translation>
    </message>
    <message>
        <source>Manual — checked by a person, never automatically</source>
        <translation>수동 — 자동 점검 없이 사람이 직접 점검</translation>
    </message>
    <message>
        <source>Never checked automatically: the red line is shown for a person to confirm against each package.</source>
        <translation>자동으로 점검하지 않습니다. 담당자가 패키지마다 직접 확인하도록 이 레드라인을 표시합니다.</translation>
    </message>
    <message>
        <source>Nothing to set. This red line is never checked automatically: it is listed with each package for a person to confirm.</source>
        <translation>설정할 항목이 없습니다. 이 레드라인은 자동으로 점검하지 않으며, 담당자가 직접 확인하도록 패키지마다 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>no such dossier in this store</source>
        <translation>이 저장소에 해당 자료집이 없습니다</translation>
    </message>
    <message>
        <source>no such {target} in this dossier</source>
        <translation>이 자료집에 해당 {target}이(가) 없습니다</translation>
    </message>
    <message>
        <source>red line &quot;{red_line}&quot; sets a limit on it</source>
        <translation>레드라인 &quot;{red_line}&quot;에서 이 수치의 한도를 정하고 있습니다</translation>
    </message>
    <message>
        <source>a record stays in the dossier it was made in</source>
        <translation>레코드는 처음 만든 자료집에서 다른 자료집으로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>a {noun} already has this id</source>
        <translation>이 ID는 이미 다른 {noun}에서 쓰고 있습니다</translation>
    </message>
    <message>
        <source>the delegate has a weight for this item already: change that one</source>
        <translation>이 대표단원은 이 의제에 이미 가중치를 주었습니다: 그 가중치를 고치십시오</translation>
    </message>
    <message>
        <source>the delegate has another weight for this item: the one listed last counts</source>
        <translation>이 대표단원은 이 의제에 다른 가중치도 있습니다: 마지막에 나열된 것이 적용됩니다</translation>
    </message>
    <message>
        <source>a package item stays with its package and agenda item: remove it and add the other item instead</source>
        <translation>패키지 항목의 패키지와 의제는 바꿀 수 없습니다. 이 항목을 빼고 대신 다른 의제를 추가하십시오</translation>
    </message>
    <message>
        <source>{problem} (set it to your name, or unset it)</source>
        <translation>{problem}(본인 이름으로 설정하거나 설정을 해제하십시오)</translation>
    </message>
    <message>
        <source>{value} is not a date or date-time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +09:00, or nothing for this computer&apos;s time zone</source>
        <translation>{value}은(는) 날짜나 일시가 아닙니다. YYYY-MM-DD 형식의 날짜, 또는 YYYY-MM-DDTHH:MM[:SS] 뒤에 Z나 +09:00 같은 오프셋을 붙인 일시로 입력하십시오(오프셋이 없으면 이 컴퓨터의 시간대로 봅니다)</translation>
    </message>
    <message>
        <source>{value} is not a date-time: YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +09:00, or nothing for this computer&apos;s time zone</source>
        <translation>{value}은(는) 일시가 아닙니다. YYYY-MM-DDTHH:MM[:SS] 뒤에 Z나 +09:00 같은 오프셋을 붙여 입력하십시오(오프셋이 없으면 이 컴퓨터의 시간대로 봅니다)</translation>
    </message>
    <message>
        <source>{value} never happened in this computer&apos;s time zone (the clocks skipped it): give its offset</source>
        <translation>{value}은(는) 이 컴퓨터의 시간대에 존재하지 않는 시각입니다(서머타임 전환으로 건너뛴 시각). 오프셋을 붙여 입력하십시오</translation>
    </message>
    <message>
        <source>{value} is outside the years 1 to 9999 in UTC</source>
        <translation>{value}은(는) UTC 기준 1년~9999년 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{value}: {label} is not this computer&apos;s time zone ({local}); give the time with Z or an offset such as +09:00</source>
        <translation>{value}: {label}은(는) 이 컴퓨터의 시간대({local})가 아닙니다. Z나 +09:00 같은 오프셋을 붙여 입력하십시오</translation>
    </message>
    <message>
        <source>{rest} and {last}</source>
        <translation>{rest} 및 {last}</translation>
    </message>
    <message>
        <source>{rest} or {last}</source>
        <translation>{rest} 또는 {last}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>a {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>an {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>there is no conflict {id} in {store}</source>
        <translation>{store}에 해당 충돌({id})이 없습니다</translation>
    </message>
    <message>
        <source>the conflict on {noun} &quot;{label}&quot; is already resolved</source>
        <translation>{noun} &quot;{label}&quot;의 충돌은 이미 해결되었습니다</translation>
    </message>
    <message>
        <source>the {noun} of this conflict is not in {store}</source>
        <translation>이 충돌의 {noun}이(가) {store}에 없습니다</translation>
    </message>
    <message>
        <source>{noun} has no field &apos;{field}&apos;</source>
        <translation>{noun}에는 &apos;{field}&apos; 필드가 없습니다</translation>
    </message>
    <message>
        <source>no installed font has these characters, the chart shows them as boxes: {chars}</source>
        <translation>설치된 글꼴 중 다음 문자를 가진 글꼴이 없어 차트에 네모로 표시됩니다: {chars}</translation>
    </message>
    <message>
        <source>no Korean, Chinese or Japanese font is installed, so the chart shows these characters as boxes: {chars} (install one, e.g. {package} on Debian or Ubuntu)</source>
        <translation>한글·한자·일본어 글꼴이 설치되어 있지 않아 차트에 다음 문자가 네모로 표시됩니다: {chars} (글꼴을 설치하십시오. 예: Debian·Ubuntu의 {package})</translation>
    </message>
    <message>
        <source>{chars} and {count} more</source>
        <translation>{chars} 외 {count}자</translation>
    </message>
    <message>
        <source>{noun} &quot;{id}&quot; is in dossier &quot;{here}&quot; here and in &quot;{there}&quot; in {file}</source>
        <translation>{noun} &quot;{id}&quot;은(는) 이곳에서는 자료집 &quot;{here}&quot;에, {file}에서는 자료집 &quot;{there}&quot;에 들어 있습니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is both a {noun} and a {other} in {file}</source>
        <translation>{file}에서 &quot;{id}&quot;이(가) {noun}의 ID이자 {other}의 ID입니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is a {noun} in {file} and a {other} here</source>
        <translation>&quot;{id}&quot;은(는) {file}에서는 {noun}의 ID이고 이곳에서는 {other}의 ID입니다</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <source>revision &quot;{id}&quot; ({table} &quot;{row}&quot;) says something else in {file} than here</source>
        <translation>수정본 &quot;{id}&quot;({table} &quot;{row}&quot;)의 내용이 이곳과 {file}에서 서로 다릅니다</translation>
    </message>
    <message>
        <source>a revision is one change to one record, the same in every copy, so the file was changed outside negoprep; nothing was merged</source>
        <translation>수정본은 레코드 하나에 대한 변경 하나이며 모든 사본에서 같아야 하므로, 이 파일은 negoprep 밖에서 변경된 것입니다. 아무것도 병합하지 않았습니다</translation>
    </message>
    <message>
        <source>a record belongs to one dossier and is of one kind, so its id must be unique across dossiers and kinds; nothing was merged (ask for a copy whose records have ids of their own, e.g. with a short name of the dossier before each)</source>
        <translation>레코드는 하나의 자료집에 속하고 종류도 하나뿐이므로, ID는 모든 자료집과 종류를 통틀어 고유해야 합니다. 아무것도 병합하지 않았습니다(레코드마다 고유한 ID를 쓰는 사본을 요청하십시오. 예: 각 ID 앞에 자료집의 짧은 이름을 붙임)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>every language negoprep speaks other than the source, translated in full</extracomment>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>페이지 순서(&amp;O):</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>장당 페이지 수(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>takes only a number: no letters or units</source>
        <extracomment>The control each kind of declared value is edited with (&quot;line&quot;: one line of text; a text declared as prose gets &quot;text&quot;, lines that wrap and grow with it). Fields no form edits: the store&apos;s bookkeeping, the id, the dossier a record belongs to for ever, and its place in the list (set by moving it). A red line&apos;s rule (kind &quot;rule&quot;, no control here) has an editor of its own in the Red lines section.</extracomment>
        <translation>숫자만 입력할 수 있습니다(문자나 단위는 입력할 수 없습니다)</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} 수정</translation>
    </message>
</context>
<context>
    <name>RedLinesView</name>
    <message>
        <source>Absolute red line: no package may cross it</source>
        <translation>절대 레드라인: 어떤 패키지도 넘을 수 없음</translation>
    </message>
    <message>
        <source>Firm red line</source>
        <translation>확고 레드라인</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>The red line as the delegation states it</source>
        <translation>대표단이 밝히는 레드라인 문안</translation>
    </message>
    <message>
        <source>Why we hold this line</source>
        <translation>이 레드라인을 고수하는 이유</translation>
    </message>
    <message>
        <source>Absolute: never crossed. Firm: held unless decided otherwise.</source>
        <translation>절대: 어떤 경우에도 넘지 않음. 확고: 달리 결정하지 않는 한 유지.</translation>
    </message>
    <message>
        <source>e.g. head of delegation</source>
        <translation>예: 수석대표</translation>
    </message>
    <message>
        <source>What every package is checked against</source>
        <translation>모든 패키지를 이 규칙에 비추어 점검합니다</translation>
    </message>
    <message>
        <source>New red line</source>
        <translation>새 레드라인</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>records marked “internal”</source>
        <extracomment>A disclosure tier that a release copy always withholds. The fields each flag withholds, by table (field names are the store&apos;s columns). What a person calls what each flag withholds, for the one-line summary (translated where shown).</extracomment>
        <translation>“내부” 표시 기록</translation>
    </message>
    <message>
        <source>the BATNA</source>
        <translation>최선의 대안(BATNA)</translation>
    </message>
    <message>
        <source>walk-away points</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>approvers’ names</source>
        <translation>승인자 이름</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>everything marked “never disclose”</source>
        <extracomment>The flags, in the order the summary names them.</extracomment>
        <translation>“공개 금지” 표시 항목 전부</translation>
    </message>
    <message>
        <source>team weights</source>
        <translation>팀 가중치</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} 및 {last}</translation>
    </message>
    <message>
        <source>A release copy withholds {what}.</source>
        <translation>배포본에서 비공개로 하는 항목: {what}.</translation>
    </message>
</context>
<context>
    <name>ReleasePolicy</name>
    <message>
        <source>Release policy</source>
        <translation>배포 정책</translation>
    </message>
    <message>
        <source>What a release copy of “{title}” withholds (export, briefing book, checklists):</source>
        <translation>“{title}” 배포본에서 비공개로 할 내용 (내보내기, 브리핑 자료, 점검표):</translation>
    </message>
    <message>
        <source>Everything marked “never disclose” (always)</source>
        <translation>“공개 금지” 표시 항목 전부 (항상)</translation>
    </message>
    <message>
        <source>What a release copy withholds</source>
        <extracomment>the policy was changed</extracomment>
        <translation>배포본의 비공개 내용</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Change the release policy</source>
        <translation>배포 정책 변경</translation>
    </message>
    <message>
        <source>Choose what this dossier&apos;s release copies withhold</source>
        <translation>이 협상 자료집의 배포본에서 비공개로 할 내용을 선택합니다</translation>
    </message>
    <message>
        <source>Each dossier&apos;s release copy follows its own release policy.</source>
        <translation>각 협상 자료집의 배포본은 해당 자료집의 배포 정책을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>None</source>
        <extracomment>stands for a part of the rule not chosen yet, so that its words can already be read the most tracks a list shows before it scrolls the largest whole number a spin box offers (far more tracks than a dossier holds)</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Unknown kind: {kind}</source>
        <translation>알 수 없는 규칙 유형: {kind}</translation>
    </message>
    <message>
        <source>This version cannot edit a rule of this kind. Choose a kind above to write a new one.</source>
        <translation>이 버전에서는 이 유형의 규칙을 편집할 수 없습니다. 새 규칙을 작성하려면 위에서 유형을 선택하십시오.</translation>
    </message>
    <message>
        <source>A deleted track</source>
        <translation>삭제된 분야</translation>
    </message>
    <message>
        <source>No track of this dossier has the id {id} (it was deleted?): untick it</source>
        <translation>이 자료집에 ID가 {id}인 분야가 없습니다(삭제되었을 수 있음). 선택을 해제하십시오</translation>
    </message>
    <message>
        <source>No agenda item of this dossier has the id {id} (it was deleted?)</source>
        <translation>이 자료집에 ID가 {id}인 의제가 없습니다(삭제되었을 수 있음)</translation>
    </message>
    <message>
        <source>{title} (no figure)</source>
        <translation>{title} (수치 없음)</translation>
    </message>
    <message>
        <source>{title} has no figure: a ceiling or floor can only limit an item with a figure (choose it and type its figure below, or give it one in the Agenda section)</source>
        <translation>{title}에는 핵심 수치가 없습니다. 상한이나 하한은 수치가 있는 의제만 제한할 수 있습니다(의제를 선택한 뒤 아래에 수치를 입력하거나, 의제 섹션에서 수치를 입력하십시오)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Unit of the figure</source>
        <translation>수치 단위</translation>
    </message>
    <message>
        <source>Current figure of the item</source>
        <translation>의제의 현재 수치</translation>
    </message>
    <message>
        <source>The item&apos;s figure as the Agenda section holds it now</source>
        <translation>의제 화면에 현재 입력된 이 의제의 수치</translation>
    </message>
    <message>
        <source>Figure now:</source>
        <translation>현재 수치:</translation>
    </message>
    <message>
        <source>its figure today</source>
        <translation>현재 수치</translation>
    </message>
    <message>
        <source>unit, e.g. USD bn</source>
        <translation>단위(예: 억 달러)</translation>
    </message>
    <message>
        <source>Saved on the agenda item with the rule, as one step (Edit → Undo takes both)</source>
        <translation>규칙과 함께 의제에 한 번에 저장됩니다(편집 → 실행 취소 시 둘 다 취소됨)</translation>
    </message>
    <message>
        <source>Its figure today, in the unit of the limit; saved on the item with the rule.</source>
        <translation>의제의 현재 수치로, 제한값도 같은 단위를 씁니다. 규칙과 함께 의제에 저장됩니다.</translation>
    </message>
    <message>
        <source>What the item&apos;s figure is for</source>
        <translation>의제 수치의 용도</translation>
    </message>
    <message>
        <source>Its figure:</source>
        <translation>의제 수치:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Number of tracks ticked</source>
        <translation>선택한 분야 수</translation>
    </message>
    <message>
        <source>of the {count} tracks ticked</source>
        <translation>(선택한 분야 {count}개 중)</translation>
    </message>
    <message>
        <source>Kind of rule</source>
        <translation>규칙 유형</translation>
    </message>
    <message>
        <source>What this kind of rule means</source>
        <translation>규칙 유형 설명</translation>
    </message>
    <message>
        <source>Rule in plain words</source>
        <translation>규칙 내용</translation>
    </message>
    <message>
        <source>The rule as it reads now, updated as you edit it</source>
        <translation>현재 규칙을 문장으로 나타낸 것으로, 편집하는 대로 갱신됩니다</translation>
    </message>
    <message>
        <source>What is wrong with the rule</source>
        <translation>규칙의 문제점</translation>
    </message>
    <message>
        <source>Whether the rule is applied</source>
        <translation>규칙 적용 여부</translation>
    </message>
    <message>
        <source>Apply rule</source>
        <translation>규칙 적용</translation>
    </message>
    <message>
        <source>Save this rule for the red line ({shortcut}); Edit → Undo takes it back</source>
        <translation>이 규칙을 레드라인에 저장합니다({shortcut}). 편집 → 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Revert the rule</source>
        <translation>규칙 되돌리기</translation>
    </message>
    <message>
        <source>Forget these edits and show the stored rule again</source>
        <translation>편집한 내용을 버리고 저장된 규칙을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>규칙 내용:</translation>
    </message>
    <message>
        <source>How to write this rule</source>
        <translation>규칙 작성 방법</translation>
    </message>
    <message>
        <source>Choose an agenda item…</source>
        <translation>의제 선택…</translation>
    </message>
    <message>
        <source>A deleted agenda item</source>
        <translation>삭제된 의제</translation>
    </message>
    <message>
        <source>Which check this red line&apos;s rule makes</source>
        <translation>이 레드라인의 규칙이 수행하는 점검</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>아직 적용되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not applied: fix what is listed below.</source>
        <translation>적용되지 않았습니다. 아래에 표시된 문제를 해결하십시오.</translation>
    </message>
    <message>
        <source>a deleted track</source>
        <translation>삭제된 분야</translation>
    </message>
    <message>
        <source>a deleted agenda item</source>
        <translation>삭제된 의제</translation>
    </message>
    <message>
        <source>Not complete yet: see below</source>
        <translation>아직 완성되지 않았습니다. 아래를 확인하십시오</translation>
    </message>
    <message>
        <source>Tick at least one track in the first group.</source>
        <translation>첫 번째 그룹에서 분야를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Tick at least one track in the second group.</source>
        <translation>두 번째 그룹에서 분야를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Tick at least one track in group {group}.</source>
        <translation>그룹 {group}에서 분야를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>A track cannot be in both groups: {names}.</source>
        <translation>한 분야를 두 그룹에 모두 넣을 수 없습니다: {names}.</translation>
    </message>
    <message>
        <source>A ticked track is no longer a track of this dossier (it was deleted?): untick it.</source>
        <translation>선택한 분야 중 이 자료집에 더 이상 없는 분야가 있습니다(삭제되었을 수 있음). 선택을 해제하십시오.</translation>
    </message>
    <message>
        <source>Tick at least {least} tracks.</source>
        <translation>분야를 {least}개 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>With {count} tracks ticked, a package may span at most {most} of them: at {count} or more the rule could never be broken.</source>
        <translation>분야를 {count}개 선택했으므로 한 패키지에 함께 담을 수 있는 분야는 최대 {most}개여야 합니다. {count}개 이상으로 정하면 이 규칙은 위반될 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose an agenda item.</source>
        <translation>의제를 선택하십시오.</translation>
    </message>
    <message>
        <source>The agenda item chosen is no longer in this dossier (it was deleted?): choose another.</source>
        <translation>선택한 의제가 이 자료집에 더 이상 없습니다(삭제되었을 수 있음). 다른 의제를 선택하십시오.</translation>
    </message>
    <message>
        <source>“{title}” has no figure: only an item with a figure can be limited. Type its figure under the limit, or choose another item.</source>
        <translation>“{title}”에는 핵심 수치가 없습니다. 수치가 있는 의제만 제한할 수 있습니다. 제한값 아래에 수치를 입력하거나 다른 의제를 선택하십시오.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Choose one of the kinds listed: this version cannot check it.</source>
        <translation>목록에 있는 유형 중 하나를 선택하십시오. 이 버전에서는 이 유형을 점검할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name}: type a number.</source>
        <translation>{name}: 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>숫자가 아닙니다: “{text}”.</translation>
    </message>
    <message>
        <source>{name}: a number between -1e15 and 1e15.</source>
        <translation>{name}: -1e15에서 1e15 사이의 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Edit rule and the item&apos;s figure</source>
        <translation>규칙 및 의제 수치 수정</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>규칙 수정</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the dossier</source>
        <translation>자료집 검색</translation>
    </message>
    <message>
        <source>Words to find, e.g. alaska lng</source>
        <translation>찾을 단어(예: 알래스카 LNG)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Type words to find: the start of a word, or any part of a Korean, Chinese or Japanese word.</source>
        <translation>찾을 단어를 입력하십시오. 단어의 앞부분이나 한국어·중국어·일본어 단어의 어느 부분으로도 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>{n} found — Enter shows the first, or pick one</source>
        <translation>{n}건 찾음 — Enter 키로 첫 항목을 보거나 목록에서 고르십시오</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source> — breaks an absolute red line</source>
        <translation> — 절대 레드라인 위반</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Records</source>
        <extracomment>rows whose sort keys and order are worked out at each tick of the idle window (a few milliseconds&apos; work), and how often: while the section is shown, and once it is hidden before it has finished (the section shown goes first) how long after the section is shown the first tick waits: what showing it set off (the first paint, a catching up) comes first, and no step stretches it tables whose changes this section shows (its own, plus those it names in columns) whether a change made here that moves no row updates those rows in place rather than querying every row again (a section whose other widgets follow the model&apos;s reset says no)</extracomment>
        <translation>항목</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>새 {noun}</translation>
    </message>
    <message>
        <source>Duplicate {noun}</source>
        <translation>{noun} 복제</translation>
    </message>
    <message>
        <source>Move {noun} up</source>
        <translation>{noun} 위로 이동</translation>
    </message>
    <message>
        <source>Move {noun} down</source>
        <translation>{noun} 아래로 이동</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} 삭제</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>Filter {nouns}</source>
        <translation>{nouns} 필터</translation>
    </message>
    <message>
        <source>Show only the rows whose text holds these words</source>
        <translation>입력한 단어가 들어 있는 행만 표시</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <source>{count} {nouns}</source>
        <translation>{nouns}: {count}</translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation>{noun} 이동</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; cannot be deleted: {reasons}.</source>
        <translation>&quot;{label}&quot; 항목은 삭제할 수 없습니다: {reasons}.</translation>
    </message>
    <message>
        <source>Also deleted: {what}.</source>
        <translation>함께 삭제되는 항목: {what}.</translation>
    </message>
    <message>
        <source>No longer linked to it: {what}.</source>
        <translation>연결이 해제되는 항목: {what}.</translation>
    </message>
    <message>
        <source>Delete &quot;{label}&quot;?</source>
        <translation>&quot;{label}&quot; 항목을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>편집 → 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TalkingPointsView</name>
    <message>
        <source>Point to make</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Defensive line</source>
        <translation>방어 논리</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>예상 질문</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>언론 대응 문안</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>A point to make, a defensive line, an anticipated question, its answer, or a press line</source>
        <translation>발언 요지, 방어 논리, 예상 질문, 그 답변 또는 언론 대응 문안</translation>
    </message>
    <message>
        <source>Who may hear it: anyone, our side only, or never disclosed</source>
        <translation>들을 수 있는 대상: 누구나, 우리 측만, 또는 공개 불가</translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation>표시할 의제</translation>
    </message>
    <message>
        <source>Show the talking points of one agenda item only</source>
        <translation>한 의제의 발언 요지만 표시</translation>
    </message>
    <message>
        <source>All agenda items</source>
        <translation>전체 의제</translation>
    </message>
    <message>
        <source>No agenda item yet</source>
        <translation>의제 없음</translation>
    </message>
    <message>
        <source>Add an agenda item first (Agenda): every talking point belongs to one.</source>
        <translation>먼저 의제를 추가하십시오(의제 목록). 모든 발언 요지는 어느 한 의제에 속합니다.</translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation>새 발언 요지</translation>
    </message>
    <message>
        <source>Move talking point</source>
        <translation>발언 요지 이동</translation>
    </message>
</context>
<context>
    <name>TalksView</name>
    <message>
        <source>Round</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>e.g. Washington, D.C.</source>
        <translation>예: 워싱턴 D.C.</translation>
    </message>
    <message>
        <source>Record their next offer</source>
        <translation>상대측 다음 제안 기록</translation>
    </message>
    <message>
        <source>Record our counter-offer</source>
        <translation>아측 역제안 기록</translation>
    </message>
    <message>
        <source>Copy their latest offer&apos;s package into a new offer of theirs in the newest round, then open the copy to change what moved</source>
        <translation>상대측 최근 제안의 패키지를 복사해 가장 최근 회의에 상대측 새 제안으로 올리고, 달라진 부분을 고치도록 사본을 엽니다</translation>
    </message>
    <message>
        <source>Copy our latest offer&apos;s package into a new offer of ours in the newest round, then open the copy to change what moved</source>
        <translation>아측 최근 제안의 패키지를 복사해 가장 최근 회의에 아측 새 제안으로 올리고, 달라진 부분을 고치도록 사본을 엽니다</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>패키지 열기</translation>
    </message>
    <message>
        <source>Show the offer&apos;s package in the Packages section</source>
        <translation>제안의 패키지를 패키지 화면에서 보여 줍니다</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Tabled on</source>
        <translation>제시일</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>대응</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>아측</translation>
    </message>
    <message>
        <source>For them</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>국내 비준</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>unacceptable</source>
        <translation>수용 불가</translation>
    </message>
    <message>
        <source>{ours} of {possible} points for us</source>
        <translation>아측 {possible}점 중 {ours}점</translation>
    </message>
    <message>
        <source>Unacceptable whatever it scores: it breaks {names}.</source>
        <translation>점수와 관계없이 수용 불가: {names}을(를) 어깁니다.</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>No constituency at home is recorded</source>
        <translation>기록된 국내 이해관계자가 없습니다</translation>
    </message>
    <message>
        <source>Every constituency at home accepts it</source>
        <translation>모든 국내 이해관계자가 수용합니다</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>모든 회의</translation>
    </message>
    <message>
        <source>Show the offers of every round, not only the selected one</source>
        <translation>선택한 회의만이 아니라 모든 회의의 제안을 보여 줍니다</translation>
    </message>
    <message>
        <source>Which side tabled it</source>
        <translation>어느 측이 제시했는지</translation>
    </message>
    <message>
        <source>The package it tables, whole</source>
        <translation>제안이 통째로 제시하는 패키지</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>제안의 결과</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>패키지 없음</translation>
    </message>
    <message>
        <source>Add a package first (Packages): an offer tables a whole package.</source>
        <translation>먼저 패키지를 추가하십시오(패키지 화면). 제안은 패키지 전체를 제시합니다.</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>회의 없음</translation>
    </message>
    <message>
        <source>Add a round first (New round): every offer is tabled in a round.</source>
        <translation>먼저 회의를 추가하십시오(새 회의). 모든 제안은 회의에서 제시됩니다.</translation>
    </message>
    <message>
        <source>No offer to copy</source>
        <translation>복사할 제안 없음</translation>
    </message>
    <message>
        <source>They have tabled no offer yet: add their first offer with New offer, choosing its package.</source>
        <translation>상대측이 아직 제안을 제시하지 않았습니다. 새 제안으로 상대측의 첫 제안을 추가하고 패키지를 고르십시오.</translation>
    </message>
    <message>
        <source>We have tabled no offer yet: add our first offer with New offer, choosing its package.</source>
        <translation>아측이 아직 제안을 제시하지 않았습니다. 새 제안으로 아측의 첫 제안을 추가하고 패키지를 고르십시오.</translation>
    </message>
    <message>
        <source>Our latest offer does not hold this item</source>
        <translation>아측 최근 제안에는 이 의제가 없습니다</translation>
    </message>
    <message>
        <source>Their latest offer does not hold this item</source>
        <translation>상대측 최근 제안에는 이 의제가 없습니다</translation>
    </message>
    <message>
        <source>Beyond our walk-away point</source>
        <translation>아측 결렬선을 넘어섬</translation>
    </message>
    <message>
        <source>At our walk-away point</source>
        <translation>아측 결렬선에 해당</translation>
    </message>
    <message>
        <source>At our {step}</source>
        <translation>아측 {step} 단계에 해당</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>목표 대비 실제</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>An offer is at or beyond our walk-away point</source>
        <translation>제안이 아측 결렬선에 이르렀거나 넘어섰습니다</translation>
    </message>
    <message>
        <source>Our latest offer</source>
        <translation>아측 최근 제안</translation>
    </message>
    <message>
        <source>Their latest offer</source>
        <translation>상대측 최근 제안</translation>
    </message>
    <message>
        <source>Their walk-away (est.)</source>
        <translation>상대측 결렬선(추정)</translation>
    </message>
    <message>
        <source>No offer is recorded yet: once offers are tabled, each item they hold is set against our mandate ladder here.</source>
        <translation>아직 기록된 제안이 없습니다. 제안이 제시되면 제안에 든 각 의제를 여기서 아측 훈령 단계와 비교합니다.</translation>
    </message>
    <message>
        <source>We have tabled no offer yet.</source>
        <translation>아측은 아직 제안을 제시하지 않았습니다.</translation>
    </message>
    <message>
        <source>They have tabled no offer yet.</source>
        <translation>상대측은 아직 제안을 제시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Our latest offer: “{package}” ({round}).</source>
        <translation>아측 최근 제안: “{package}”({round}).</translation>
    </message>
    <message>
        <source>Their latest offer: “{package}” ({round}).</source>
        <translation>상대측 최근 제안: “{package}”({round}).</translation>
    </message>
    <message>
        <source>Rounds and offers</source>
        <translation>회의와 제안</translation>
    </message>
</context>
<context>
    <name>TeamWeights</name>
    <message>
        <source>Team weights</source>
        <extracomment>the tables whose changes the grid shows</extracomment>
        <translation>팀 가중치</translation>
    </message>
    <message>
        <source>Each of our delegates may weigh the agenda items (each delegate&apos;s weights should add up to 100). The combined weight is the mean of those who weighted an item, scaled to add up to 100; the spread shows where the team disagrees (the largest are marked).</source>
        <translation>대표단원마다 의제에 가중치를 줄 수 있습니다(각자의 가중치 합계는 100이어야 합니다). 종합 가중치는 그 의제에 가중치를 준 단원들의 평균을 합계 100이 되도록 환산한 값이며, 편차는 팀 내 이견을 보여 줍니다(가장 큰 편차는 표시됩니다).</translation>
    </message>
    <message>
        <source>Adopt combined weights</source>
        <translation>종합 가중치 채택</translation>
    </message>
    <message>
        <source>There is no delegate on our side (Delegation).</source>
        <translation>우리 측 대표단원이 없습니다(대표단).</translation>
    </message>
    <message>
        <source>No delegate has weighted an item yet.</source>
        <translation>아직 어떤 대표단원도 의제에 가중치를 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Every weight given is 0.</source>
        <translation>주어진 가중치가 모두 0입니다.</translation>
    </message>
    <message>
        <source>The dossier&apos;s weights are the combined weights already</source>
        <translation>협상 자료집의 가중치가 이미 종합 가중치와 같습니다</translation>
    </message>
    <message>
        <source>Write the combined weights into the agenda items (one step, undoable)</source>
        <translation>종합 가중치를 의제에 기록(한 단계, 실행 취소 가능)</translation>
    </message>
    <message>
        <source>Remove team weight</source>
        <translation>팀 가중치 삭제</translation>
    </message>
    <message>
        <source>Weight “{typed}”: {problem}</source>
        <translation>가중치 “{typed}”: {problem}</translation>
    </message>
    <message>
        <source>Change team weight</source>
        <translation>팀 가중치 변경</translation>
    </message>
    <message>
        <source>Add team weight</source>
        <translation>팀 가중치 추가</translation>
    </message>
    <message>
        <source>The combined weights are now the dossier&apos;s ({n} items changed).</source>
        <translation>종합 가중치가 이제 협상 자료집의 가중치입니다(의제 {n}개 변경).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>{name}&apos;s weight for {item}: type a number from 0 to 100</source>
        <translation>{item}에 대한 {name}의 가중치: 0에서 100 사이의 숫자를 입력하십시오</translation>
    </message>
    <message>
        <source>No delegate has weighted this item</source>
        <translation>이 의제에 가중치를 준 대표단원이 없습니다</translation>
    </message>
    <message>
        <source>One of the items where the team disagrees most</source>
        <translation>팀 내 이견이 가장 큰 의제 중 하나</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>협상 자료집</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>편차</translation>
    </message>
    <message>
        <source>The weight the dossier uses now</source>
        <translation>협상 자료집이 현재 쓰는 가중치</translation>
    </message>
    <message>
        <source>The mean of the delegates who weighted the item, scaled so that they sum to 100</source>
        <translation>의제에 가중치를 준 대표단원들의 평균을 합계 100이 되도록 환산한 값</translation>
    </message>
    <message>
        <source>The highest delegate&apos;s weight minus the lowest: how far the team disagrees</source>
        <translation>가장 높은 가중치에서 가장 낮은 가중치를 뺀 값: 팀 내 이견의 크기</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <source>OK</source>
        <translation>이상 없음</translation>
    </message>
    <message>
        <source>Breaks {n} (absolute)</source>
        <translation>{n}개 위반(절대 포함)</translation>
    </message>
    <message>
        <source>Breaks {n}</source>
        <translation>{n}개 위반</translation>
    </message>
    <message>
        <source>Breaks no red line</source>
        <translation>레드라인 위반 없음</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>위반:</translation>
    </message>
    <message>
        <source>Breaks no red line.</source>
        <translation>위반하는 레드라인이 없습니다.</translation>
    </message>
    <message>
        <source>Breaks an absolute red line.</source>
        <translation>절대 레드라인 1개를 위반합니다.</translation>
    </message>
    <message>
        <source>Breaks a firm red line.</source>
        <translation>확고 레드라인 1개를 위반합니다.</translation>
    </message>
    <message>
        <source>Breaks {n} red lines, all absolute.</source>
        <translation>레드라인 {n}개를 위반합니다(모두 절대).</translation>
    </message>
    <message>
        <source>Breaks {n} red lines, {a} of them absolute.</source>
        <translation>레드라인 {n}개를 위반합니다(그중 절대 {a}개).</translation>
    </message>
    <message>
        <source>Breaks {n} firm red lines.</source>
        <translation>확고 레드라인 {n}개를 위반합니다.</translation>
    </message>
    <message>
        <source>Breaks the {severity} red line &quot;{title}&quot;</source>
        <translation>{severity} 레드라인 &quot;{title}&quot; 위반</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Red lines this package breaks</source>
        <translation>이 패키지가 위반하는 레드라인</translation>
    </message>
    <message>
        <source>Summary of the red lines the package breaks</source>
        <translation>패키지의 레드라인 위반 요약</translation>
    </message>
    <message>
        <source>To confirm by a person:</source>
        <translation>직접 확인 필요:</translation>
    </message>
    <message>
        <source>Red lines whose rule a program cannot check: read the package against them</source>
        <translation>프로그램이 규칙을 점검할 수 없는 레드라인입니다. 패키지를 직접 대조해 확인하십시오</translation>
    </message>
    <message>
        <source>Fix these red lines&apos; rules in the Red lines section</source>
        <translation>레드라인 화면에서 이 레드라인들의 규칙을 고치십시오</translation>
    </message>
    <message>
        <source>Not checked, their rule needs fixing: {names}</source>
        <extracomment>the labels shown, for reading them back (screen readers, tests)</extracomment>
        <translation>규칙을 고쳐야 하여 점검하지 못함: {names}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&quot;{label}&quot; was not undone: {reason}</source>
        <extracomment>the record types a reference names: the lists a form or a filter may show how long after a dossier is shown its lists are read (`Workspace.prepare_choices`): once the window has painted it put back in its place after a step not taken for now: the next undo or redo the history makes of it is that move, not a change the outcome of the undo or redo about to be taken, made already off the GUI thread (FileController.revert_dossier_change): what was kept, or why it was refused; None while the command makes its undo and redo itself the tables an applied, undone or redone change touched the dossier shown is another one (or None) the undo history lost a step that could not be taken (what Undo and Redo offer changed) a change was refused or failed: the message to show reading the store found it damaged (the DamagedStoreError): the window offers the ways out a record to show (table, id), e.g. after undo or from search a dossier was added or removed (a copy, a deletion, their undo or redo): the window lists the store&apos;s dossiers again and shows this one (None: any) the last undo or redo failed for now, not refused (the store busy, a full disk) while `changed` is emitted for an operation made, undone or redone here: that operation (what each record was before and after; turned round when undone), so that a view may update only those rows; None while it is emitted for other changes (another program&apos;s, a merge)</extracomment>
        <translation>&quot;{label}&quot; 실행 취소를 하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; was not redone: {reason}</source>
        <translation>&quot;{label}&quot; 다시 실행을 하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; was undone, except what was changed since: {kept}</source>
        <translation>&quot;{label}&quot; 실행을 취소했습니다. 그 뒤에 바뀐 것은 그대로 두었습니다: {kept}</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; was redone, except what was changed since: {kept}</source>
        <translation>&quot;{label}&quot; 다시 실행했습니다. 그 뒤에 바뀐 것은 그대로 두었습니다: {kept}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the store</source>
        <extracomment>what a window sees at its first paint, or instead of one: hidden or closed before it painted</extracomment>
        <translation>저장소를 열 수 없음</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>작업을 완료하지 못함</translation>
    </message>
    <message>
        <source>Details are in {log}.</source>
        <translation>자세한 내용은 {log}에 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Something went wrong inside negoprep: {what}.</source>
        <translation>negoprep 내부에서 오류가 발생했습니다: {what}.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>내부 오류</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 표시하고 종료</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 표시하고 종료</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인수와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>무시된 명시적 인수: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수 하나가 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>인수 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>인수 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s (해당될 수 있는 옵션: %(matches)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션 문자열: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 선택: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; 파일을 열 수 없습니다: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령: %(parser_name)r (선택 가능: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>the backup of {store_path} could not be written to {parent}: {error}</source>
        <translation>{store_path}의 백업을 {parent}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{store_path} could not be set aside: {error}</source>
        <translation>{store_path}을(를) 따로 보관할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>the backup {source} is damaged too ({problem})</source>
        <translation>백업 {source}도 손상되었습니다({problem})</translation>
    </message>
    <message>
        <source>{source} could not be copied to {store_path}: {error}</source>
        <translation>{source}을(를) {store_path}(으)로 복사할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{kept} rows kept in {target}</source>
        <translation>{kept}개 행을 {target}에 보존했습니다</translation>
    </message>
    <message>
        <source>could not read all of {tables}</source>
        <translation>{tables}을(를) 모두 읽지는 못했습니다</translation>
    </message>
    <message>
        <source>{count} rows left out whose parent was lost</source>
        <translation>상위 기록이 유실된 {count}개 행은 제외했습니다</translation>
    </message>
    <message>
        <source>{count} revisions left out whose snapshot was damaged</source>
        <translation>스냅숏이 손상된 개정본 {count}개는 제외했습니다</translation>
    </message>
    <message>
        <source>{mended} rows given their history back from what they hold now</source>
        <translation>{mended}개 행은 현재 내용으로 변경 이력을 다시 만들었습니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: {message} (see {command} --help)</source>
        <translation>{prog}: {message} (도움말: {command} --help)</translation>
    </message>
    <message>
        <source>the passphrase of an encrypted file</source>
        <translation>암호화된 파일의 암호 문구</translation>
    </message>
    <message>
        <source>your age secret key, for an encrypted file</source>
        <translation>암호화된 파일을 여는 본인의 age 비밀 키 파일</translation>
    </message>
    <message>
        <source>the store file (default: $NEGOPREP_STORE, else negoprep.db in your data folder)</source>
        <translation>저장소 파일 (기본값: $NEGOPREP_STORE, 없으면 데이터 폴더의 negoprep.db)</translation>
    </message>
    <message>
        <source>Prepare a negotiation offline: agenda, positions, red lines, packages, paper.</source>
        <translation>협상을 오프라인으로 준비합니다: 의제, 입장, 레드라인, 패키지, 인쇄물.</translation>
    </message>
    <message>
        <source>With no command, negoprep opens the desktop app.</source>
        <translation>명령 없이 실행하면 negoprep 데스크톱 앱이 열립니다.</translation>
    </message>
    <message>
        <source>the passphrase of the store, when it is encrypted</source>
        <translation>저장소가 암호화된 경우 그 암호 문구</translation>
    </message>
    <message>
        <source>create the store with the bundled demo dossier</source>
        <translation>함께 제공되는 데모 협상 자료집으로 저장소 만들기</translation>
    </message>
    <message>
        <source>the demo&apos;s language (default: the language negoprep speaks)</source>
        <translation>데모 협상 자료집의 언어 (기본값: negoprep이 쓰는 언어)</translation>
    </message>
    <message>
        <source>the store&apos;s dossiers</source>
        <translation>저장소의 협상 자료집 목록</translation>
    </message>
    <message>
        <source>print the dossiers as JSON</source>
        <translation>협상 자료집 목록을 JSON으로 출력</translation>
    </message>
    <message>
        <source>add a dossier from a JSON file, or apply it as edits</source>
        <translation>JSON 파일에서 협상 자료집을 추가하거나 수정 사항으로 반영</translation>
    </message>
    <message>
        <source>a dossier document (&apos;-&apos; reads standard input)</source>
        <translation>협상 자료집 문서(&apos;-&apos;는 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <source>print a dossier as JSON</source>
        <translation>협상 자료집을 JSON으로 출력</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>표준 출력 대신 FILE에 쓰기</translation>
    </message>
    <message>
        <source>full-text search of everything written</source>
        <translation>작성된 모든 내용의 전문 검색</translation>
    </message>
    <message>
        <source>the words to find (each as the start of a word, or any part of a Korean, Chinese or Japanese word)</source>
        <translation>찾을 단어(각 단어의 앞부분, 또는 한국어·중국어·일본어 단어의 어느 부분이든)</translation>
    </message>
    <message>
        <source>search one dossier only</source>
        <translation>한 협상 자료집에서만 검색</translation>
    </message>
    <message>
        <source>at most this many results (default 50)</source>
        <translation>최대 결과 수(기본값 50)</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>검색 결과를 JSON으로 출력</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>점검 결과를 JSON으로 출력</translation>
    </message>
    <message>
        <source>write a self-contained copy of the store to share</source>
        <translation>공유할 저장소 사본(단독으로 열 수 있는 파일) 만들기</translation>
    </message>
    <message>
        <source>the file to write (must not exist)</source>
        <translation>만들 파일(이미 있는 파일은 안 됨)</translation>
    </message>
    <message>
        <source>encrypt the file (age format)</source>
        <translation>파일 암호화(age 형식)</translation>
    </message>
    <message>
        <source>a teammate&apos;s key (repeatable)</source>
        <translation>동료의 공개 키(여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>encrypt for the passphrase in FILE</source>
        <translation>FILE에 든 암호 문구로 암호화</translation>
    </message>
    <message>
        <source>check a shared store file without importing it</source>
        <translation>공유받은 저장소 파일을 가져오지 않고 검증</translation>
    </message>
    <message>
        <source>the file to check (it is not changed)</source>
        <translation>검증할 파일(변경되지 않음)</translation>
    </message>
    <message>
        <source>print what the file holds as JSON</source>
        <translation>파일 내용을 JSON으로 출력</translation>
    </message>
    <message>
        <source>merge a teammate&apos;s store file into the store</source>
        <translation>동료의 저장소 파일을 저장소에 병합</translation>
    </message>
    <message>
        <source>the teammate&apos;s store file (it is not changed)</source>
        <translation>동료의 저장소 파일(변경되지 않음)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>병합 결과를 JSON으로 출력</translation>
    </message>
    <message>
        <source>encrypt the store at rest (SQLCipher), after a backup</source>
        <translation>백업 후 저장소를 암호화(SQLCipher)</translation>
    </message>
    <message>
        <source>turn an encrypted store back into a plain one, after a backup</source>
        <translation>백업 후 암호화된 저장소를 일반 저장소로 되돌림</translation>
    </message>
    <message>
        <source>the store&apos;s passphrase</source>
        <translation>저장소의 암호 문구</translation>
    </message>
    <message>
        <source>render each main view to PNG</source>
        <translation>주요 화면을 각각 PNG로 저장</translation>
    </message>
    <message>
        <source>the folder to write the PNG files to</source>
        <translation>PNG 파일을 저장할 폴더</translation>
    </message>
    <message>
        <source>the dossier to show (default: the first)</source>
        <translation>표시할 협상 자료집(기본값: 첫 번째 자료집)</translation>
    </message>
    <message>
        <source>use the dark colour scheme</source>
        <translation>어두운 색 구성 사용</translation>
    </message>
    <message>
        <source>an addendum: what changed since WHEN, a date (2025-05-01, UTC) or a time with its zone (2025-05-01T09:30:00Z, 2025-05-01T18:30+09:00)</source>
        <translation>추록: WHEN 이후 바뀐 내용. 날짜(2025-05-01, UTC) 또는 시간대가 붙은 시각(2025-05-01T09:30:00Z, 2025-05-01T18:30+09:00)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>저장할 PDF 파일</translation>
    </message>
    <message>
        <source>number this copy (printed in every footer)</source>
        <translation>사본 번호(모든 쪽의 바닥글에 인쇄)</translation>
    </message>
    <message>
        <source>the paper (default A4)</source>
        <translation>용지 크기(기본값 A4)</translation>
    </message>
    <message>
        <source>a release copy: withhold what each dossier&apos;s release policy withholds</source>
        <translation>배포본: 각 협상 자료집의 배포 정책이 정한 내용을 비공개로 함</translation>
    </message>
    <message>
        <source>to give a value that starts with a dash, write {option}={value}</source>
        <extracomment>Whether a word that starts with one dash (&quot;-foo&quot;, &quot;-5%&quot;, &quot;-hyundai&quot;) is a word of the command&apos;s text rather than an option, unless it is exactly one of the command&apos;s own options (&quot;-h&quot;): `search`, whose query may start with a dash. &quot;--&quot; before the words works too, as for every command; a word starting with two dashes is always an option.</extracomment>
        <translation>대시(-)로 시작하는 값은 {option}={value}처럼 쓰십시오</translation>
    </message>
    <message>
        <source>(a UTF-8 text file: its whole text, without a leading byte order mark and without one final line break, whether \n, \r\n or \r)</source>
        <translation>(UTF-8 텍스트 파일: 파일의 전체 텍스트에서 맨 앞의 바이트 순서 표시(BOM)와 마지막 줄바꿈 하나(\n, \r\n 또는 \r)만 제외)</translation>
    </message>
    <message>
        <source>the dossier&apos;s id or title, or the start of either</source>
        <translation>협상 자료집의 ID나 제목, 또는 그 앞부분</translation>
    </message>
    <message>
        <source>check every package against the red lines and at home</source>
        <translation>모든 패키지를 레드라인과 국내 윈셋에 비추어 점검</translation>
    </message>
    <message>
        <source>export this dossier only (its id or title, or the start of either)</source>
        <translation>이 협상 자료집만 내보냅니다(ID나 제목, 또는 그 앞부분)</translation>
    </message>
    <message>
        <source>the passphrase to encrypt it with, of {minimum} characters at least</source>
        <translation>암호화에 사용할 암호 문구({minimum}자 이상)</translation>
    </message>
    <message>
        <source>the window&apos;s width and height in pixels, e.g. 1366x768 (default 1440x900)</source>
        <translation>창의 너비와 높이(픽셀), 예: 1366x768 (기본값 1440x900)</translation>
    </message>
    <message>
        <source>print the checklists, briefing book or an addendum to PDF</source>
        <translation>점검표, 브리핑 자료 또는 추록을 PDF로 인쇄</translation>
    </message>
    <message>
        <source>checklist, briefing or addendum</source>
        <translation>checklist, briefing 또는 addendum</translation>
    </message>
    <message>
        <source>a release copy: withhold what the dossier&apos;s release policy withholds</source>
        <translation>배포본: 협상 자료집의 배포 정책이 정한 내용을 비공개로 함</translation>
    </message>
    <message>
        <source>draw a chart of a dossier to PNG or SVG</source>
        <translation>협상 자료집의 차트를 PNG 또는 SVG로 그리기</translation>
    </message>
    <message>
        <source>one of {kinds}</source>
        <translation>다음 중 하나: {kinds}</translation>
    </message>
    <message>
        <source>the picture to write</source>
        <translation>저장할 그림 파일</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{path} is encrypted, and its passphrase goes before the command: negoprep --store {path} --passphrase-file FILE {command} …</source>
        <translation>{path}은(는) 암호화되어 있으며, 그 암호 문구는 명령 앞에 지정해야 함: negoprep --store {path} --passphrase-file FILE {command} …</translation>
    </message>
    <message>
        <source>negoprep: waiting for another program to finish writing to {store}…</source>
        <translation>negoprep: 다른 프로그램이 {store} 저장소에 쓰기를 마칠 때까지 기다리는 중…</translation>
    </message>
    <message>
        <source>{store} holds {count} dossiers, name one with --dossier: {names}</source>
        <translation>{store} 저장소에 협상 자료집이 {count}개 있습니다. --dossier로 하나를 지정하십시오: {names}</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB: not a dossier document</source>
        <translation>{file}: {size}MB보다 커서 협상 자료집 문서가 아닙니다</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>{file} 파일이 없습니다</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>{file} is a folder, not a JSON file</source>
        <translation>{file}: JSON 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte}): not a dossier document</source>
        <translation>{file}: UTF-8 텍스트가 아니어서(바이트 {byte}) 협상 자료집 문서가 아닙니다</translation>
    </message>
    <message>
        <source>Created {path} with the demo dossier &quot;{title}&quot;.</source>
        <translation>{path} 저장소를 만들고 &quot;{title}&quot; 데모 협상 자료집을 넣었습니다.</translation>
    </message>
    <message>
        <source>Added the demo dossier &quot;{title}&quot; to {path}.</source>
        <translation>{path} 저장소에 &quot;{title}&quot; 데모 협상 자료집을 추가했습니다.</translation>
    </message>
    <message>
        <source>The demo dossier &quot;{title}&quot; in {path}: {counts}.</source>
        <translation>{path} 저장소의 &quot;{title}&quot; 데모 협상 자료집: {counts}.</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {deleted} deleted, {unchanged} unchanged</source>
        <translation>추가 {added}건, 변경 {changed}건, 삭제 {deleted}건, 변경 없음 {unchanged}건</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>기록 {count}건</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>기록 {count}건</translation>
    </message>
    <message>
        <source>{count} revision</source>
        <translation>수정본 {count}건</translation>
    </message>
    <message>
        <source>{count} revisions</source>
        <translation>수정본 {count}건</translation>
    </message>
    <message>
        <source>negoprep: warning: {warning}</source>
        <translation>negoprep: 경고: {warning}</translation>
    </message>
    <message>
        <source>Added the dossier &quot;{title}&quot; ({id}) with {records}.</source>
        <translation>&quot;{title}&quot; 협상 자료집({id})을 추가했습니다: {records}.</translation>
    </message>
    <message>
        <source>Updated the dossier &quot;{title}&quot;: {counts}.</source>
        <translation>&quot;{title}&quot; 협상 자료집을 갱신했습니다: {counts}.</translation>
    </message>
    <message>
        <source>negoprep: {store} holds no dossier</source>
        <translation>negoprep: {store} 저장소에 협상 자료집이 없습니다</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit 값은 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>negoprep: nothing matches &quot;{text}&quot;</source>
        <translation>negoprep: &quot;{text}&quot;에 해당하는 내용이 없습니다</translation>
    </message>
    <message>
        <source>{count} package</source>
        <translation>패키지 {count}개</translation>
    </message>
    <message>
        <source>{count} packages</source>
        <translation>패키지 {count}개</translation>
    </message>
    <message>
        <source>{dossier}: {packages} checked against {red_lines}</source>
        <translation>{dossier}: {packages}를 {red_lines}에 비추어 점검했습니다</translation>
    </message>
    <message>
        <source>OK      {package}: breaks no red line</source>
        <translation>통과    {package}: 위반한 레드라인 없음</translation>
    </message>
    <message>
        <source>BREAKS  {package}: {red_lines}</source>
        <translation>위반    {package}: {red_lines}</translation>
    </message>
    <message>
        <source>value for us {ours} of {possible} points</source>
        <translation>우리 측 가치: {possible}점 중 {ours}점</translation>
    </message>
    <message>
        <source>UNACCEPTABLE (breaks an absolute red line): value for us {ours} of {possible} points</source>
        <translation>수용 불가(절대 레드라인 위반): 우리 측 가치 {possible}점 중 {ours}점</translation>
    </message>
    <message>
        <source>, for them {theirs}</source>
        <translation>, 상대측 가치: {theirs}점</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>경고: {warning}</translation>
    </message>
    <message>
        <source>to confirm by a person: {names}</source>
        <translation>직접 확인할 사항: {names}</translation>
    </message>
    <message>
        <source>Red lines whose rule cannot be checked:</source>
        <translation>규칙을 점검할 수 없는 레드라인:</translation>
    </message>
    <message>
        <source>{count} red line</source>
        <translation>레드라인 {count}개</translation>
    </message>
    <message>
        <source>{count} red lines</source>
        <translation>레드라인 {count}개</translation>
    </message>
    <message>
        <source>{file} is a folder, not a store file</source>
        <translation>{file}: 저장소 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>--encrypt needs --recipient AGE_PUBLIC_KEY (repeatable) or --passphrase-file FILE</source>
        <translation>--encrypt에는 --recipient AGE_PUBLIC_KEY(여러 번 지정 가능) 또는 --passphrase-file FILE이 필요합니다</translation>
    </message>
    <message>
        <source>--recipient and --passphrase-file go with --encrypt</source>
        <translation>--recipient와 --passphrase-file은 --encrypt와 함께 지정해야 합니다</translation>
    </message>
    <message>
        <source>encrypt either for recipients or for a passphrase, not both</source>
        <translation>받는 사람의 키와 암호 문구 중 하나로만 암호화할 수 있습니다</translation>
    </message>
    <message>
        <source>{file} (encrypted)</source>
        <translation>{file}(암호화됨)</translation>
    </message>
    <message>
        <source>Exported a release copy of {dossiers} to {file}: {records}, {revisions}; {withheld} left out.</source>
        <translation>{file}에 배포본을 내보냈습니다: {dossiers}, {records}, {revisions}({withheld} 제외).</translation>
    </message>
    <message>
        <source>{count} withheld record</source>
        <translation>비공개 기록 {count}건</translation>
    </message>
    <message>
        <source>{count} withheld records</source>
        <translation>비공개 기록 {count}건</translation>
    </message>
    <message>
        <source>Exported {dossiers} to {file}: {records}, {revisions}.</source>
        <translation>{file}에 내보냈습니다: {dossiers}, {records}, {revisions}.</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: {summary}</source>
        <translation>&quot;{title}&quot;: {summary}</translation>
    </message>
    <message>
        <source>encrypt needs --passphrase-file FILE: the passphrase to encrypt it with</source>
        <translation>encrypt에는 --passphrase-file FILE(암호화에 사용할 암호 문구)이 필요함</translation>
    </message>
    <message>
        <source>Encrypted {path}; its backups are encrypted too (the latest: {backup}). Keep the passphrase: without it nothing in the store can be read.</source>
        <translation>{path}을(를) 암호화했습니다. 백업도 암호화되었습니다(최신 백업: {backup}). 암호 문구를 잘 보관하십시오. 암호 문구 없이는 저장소의 어떤 내용도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{path} is not encrypted: there is nothing to decrypt</source>
        <translation>{path}은(는) 암호화되어 있지 않음: 복호화할 것이 없음</translation>
    </message>
    <message>
        <source>decrypt needs --passphrase-file FILE: the store&apos;s passphrase</source>
        <translation>decrypt에는 --passphrase-file FILE(저장소의 암호 문구)이 필요함</translation>
    </message>
    <message>
        <source>Decrypted {path}: it is a plain SQLite file again, and so are its backups ({backup}).</source>
        <translation>{path}을(를) 복호화했습니다. 저장소와 백업({backup})이 다시 일반 SQLite 파일이 되었습니다.</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>협상 자료집 없음</translation>
    </message>
    <message>
        <source>{file}: accepted, a negoprep store (version {version}) holding {dossiers}: {records}, {revisions}.</source>
        <translation>{file}: 검증 통과. negoprep 저장소(버전 {version}), 협상 자료집 {dossiers}: {records}, {revisions}.</translation>
    </message>
    <message>
        <source>It is a release copy of &quot;{title}&quot;: {summary}</source>
        <translation>&quot;{title}&quot;의 배포본입니다: {summary}</translation>
    </message>
    <message>
        <source>no display to open a window on: run negoprep in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen; the commands (negoprep --help) need no display</source>
        <translation>창을 열 디스플레이가 없습니다: 데스크톱 세션에서 negoprep을 실행하거나, 화면 없이 실행하려면 QT_QPA_PLATFORM=offscreen을 설정하십시오. 명령(negoprep --help)은 디스플레이 없이 실행됩니다</translation>
    </message>
    <message>
        <source>the Qt libraries cannot be loaded ({error}): install negoprep with pip, and on Linux the system packages libegl1, libxkbcommon0 and libfontconfig1</source>
        <translation>Qt 라이브러리를 불러올 수 없습니다({error}): pip로 negoprep을 설치하고, Linux에서는 시스템 패키지 libegl1, libxkbcommon0, libfontconfig1도 설치하십시오</translation>
    </message>
    <message>
        <source>--size must be a width and a height in pixels, such as 1366x768 (each 320 to 10000)</source>
        <translation>--size는 1366x768처럼 너비와 높이를 픽셀로 써야 합니다(각각 320~10000)</translation>
    </message>
    <message>
        <source>cannot write to {folder}: it is a file, not a folder</source>
        <translation>{folder}에 쓸 수 없습니다: 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>{folder}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>--copy must be at least 1</source>
        <translation>--copy 값은 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>an addendum needs --since WHEN, e.g. --since 2025-05-01</source>
        <translation>추록에는 --since WHEN이 필요합니다. 예: --since 2025-05-01</translation>
    </message>
    <message>
        <source>--since is for an addendum only</source>
        <translation>--since는 추록에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the briefing book is not available in this version</source>
        <translation>이 버전에서는 브리핑 자료를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Printed the addendum of &quot;{title}&quot; to {file}: {pages}.</source>
        <translation>&quot;{title}&quot;의 추록을 {file}에 인쇄했습니다: {pages}.</translation>
    </message>
    <message>
        <source>Printed the briefing book of &quot;{title}&quot; to {file}: {pages}.</source>
        <translation>&quot;{title}&quot; 브리핑 자료를 {file}에 출력했습니다: {pages}.</translation>
    </message>
    <message>
        <source>Printed the checklists of &quot;{title}&quot; to {file}: {pages}.</source>
        <translation>&quot;{title}&quot; 점검표를 {file}에 출력했습니다: {pages}.</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count}쪽</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count}쪽</translation>
    </message>
    <message>
        <source>unknown chart {kind}: choose one of {kinds}</source>
        <translation>알 수 없는 차트입니다: {kind} (다음 중에서 선택: {kinds})</translation>
    </message>
    <message>
        <source>cannot write a chart to {file}: the name must end in .png or .svg</source>
        <translation>{file}에 차트를 쓸 수 없습니다: 파일 이름이 .png 또는 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>matplotlib cannot be loaded ({error}): install negoprep with pip</source>
        <translation>matplotlib을 불러올 수 없습니다({error}): pip로 negoprep을 설치하십시오</translation>
    </message>
    <message>
        <source>Drew &quot;{chart}&quot; of &quot;{title}&quot; to {file}.</source>
        <translation>&quot;{title}&quot; 협상 자료집의 &quot;{chart}&quot; 차트를 {file}에 그렸습니다.</translation>
    </message>
    <message>
        <source>negoprep: internal error: {kind}: {error}; details are in {log}</source>
        <translation>negoprep: 내부 오류: {kind}: {error}. 자세한 내용은 {log}에 있습니다</translation>
    </message>
    <message>
        <source>negoprep: internal error: {kind}: {error}</source>
        <translation>negoprep: 내부 오류: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>passphrase</source>
        <extracomment>The largest header read (a header with a few recipients is a few hundred bytes). The most recipient stanzas a file may have (age tools add one &quot;grease&quot; stanza of their own). The highest scrypt work factor (log2 N) accepted: 2^21 takes about 10 s and 2 GiB here. the kinds of file a key is read from, as messages name them</extracomment>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>키</translation>
    </message>
    <message>
        <source>{path} is the store open here (or one of its files), not a {what} file</source>
        <translation>{path}은(는) 여기에서 열려 있는 저장소(또는 그 파일 중 하나)이며 {what} 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the {what} file {path} is larger than {size} KiB: not a key or passphrase</source>
        <translation>{what} 파일 {path}이(가) {size} KiB보다 큽니다: 키나 암호 문구가 아닙니다</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (save it as UTF-8)</source>
        <translation>{path}은(는) UTF-8 텍스트가 아님(UTF-8로 저장할 것)</translation>
    </message>
    <message>
        <source>there is no passphrase file {path}</source>
        <translation>암호 문구 파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {error}</source>
        <translation>암호 문구 파일 {path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty: write the passphrase in it</source>
        <translation>암호 문구 파일 {path}이(가) 비어 있음: 암호 문구를 기재할 것</translation>
    </message>
    <message>
        <source>encrypt either for a passphrase or for recipients&apos; public keys</source>
        <translation>암호 문구 또는 수신자의 공개 키 중 하나로만 암호화하십시오</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not an age public key (it starts with &quot;age1&quot;)</source>
        <translation>&quot;{key}&quot;은(는) age 공개 키가 아닙니다(공개 키는 &quot;age1&quot;로 시작합니다)</translation>
    </message>
    <message>
        <source>cannot encrypt: {error}</source>
        <translation>암호화할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>there is no identity file {path}</source>
        <translation>키 파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot read the identity file {path}: {error}</source>
        <translation>키 파일 {path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path} holds a damaged secret key</source>
        <translation>{path}의 비밀 키가 손상되었습니다</translation>
    </message>
    <message>
        <source>{path} holds no age secret key (a line starting AGE-SECRET-KEY-)</source>
        <translation>{path}에 age 비밀 키(AGE-SECRET-KEY-로 시작하는 줄)가 없습니다</translation>
    </message>
    <message>
        <source>the file is not in the age format</source>
        <translation>age 형식의 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is damaged: its armor is not valid base64</source>
        <translation>파일이 손상되었습니다: 텍스트 인코딩(armor)이 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>the file&apos;s encryption header is larger than {size} KiB: refused (negoprep and age write a few hundred bytes)</source>
        <translation>파일의 암호화 헤더가 {size} KiB보다 커서 거부했습니다(negoprep과 age는 수백 바이트만 씁니다)</translation>
    </message>
    <message>
        <source>the file is damaged: its encryption header is incomplete</source>
        <translation>파일이 손상되었습니다: 암호화 헤더가 불완전합니다</translation>
    </message>
    <message>
        <source>the file&apos;s passphrase protection asks for more work than negoprep accepts (scrypt work factor {factor}, at most {most}): refused</source>
        <translation>파일의 암호 문구 보호가 negoprep이 허용하는 것보다 많은 연산을 요구하여 거부했습니다(scrypt 작업 계수 {factor}, 최대 {most})</translation>
    </message>
    <message>
        <source>the file is encrypted for more than {count} recipients, more than the {most} negoprep accepts: refused (a file built to be slow to open?)</source>
        <translation>파일이 {count}명이 넘는 수신자용으로 암호화되어 있어 negoprep 허용 한도({most}명)를 넘으므로 거부했습니다(열기 어렵게 만든 파일일 수 있습니다)</translation>
    </message>
    <message>
        <source>the file is encrypted for {count} recipients, more than the {most} negoprep accepts: refused (a file built to be slow to open?)</source>
        <translation>파일이 {count}명의 수신자용으로 암호화되어 있어 negoprep 허용 한도({most}명)를 넘으므로 거부했습니다(열기 어렵게 만든 파일일 수 있습니다)</translation>
    </message>
    <message>
        <source>the file is encrypted: give --passphrase-file or --identity</source>
        <translation>암호화된 파일입니다: --passphrase-file 또는 --identity를 지정하십시오</translation>
    </message>
    <message>
        <source>the file is larger than {size} bytes: too large to be a negoprep file</source>
        <translation>파일이 {size}바이트보다 큽니다: negoprep 파일로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>this file was not encrypted for that identity (or it is damaged)</source>
        <translation>이 파일은 해당 키로 암호화되지 않았습니다(또는 파일이 손상되었습니다)</translation>
    </message>
    <message>
        <source>wrong passphrase (or the file is damaged)</source>
        <translation>암호 문구가 틀렸습니다(또는 파일이 손상되었습니다)</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>cannot open a window: Qt needs system libraries this computer lacks ({libraries}); install them with: {command} (or set QT_QPA_PLATFORM=offscreen to run without a screen)</source>
        <translation>창을 열 수 없습니다: Qt에 필요한 시스템 라이브러리가 이 컴퓨터에 없습니다({libraries}). 다음 명령으로 설치하십시오: {command} (화면 없이 실행하려면 QT_QPA_PLATFORM=offscreen을 설정하십시오)</translation>
    </message>
    <message>
        <source>the connection failed (no X server is listening there)</source>
        <extracomment>Asks whether a display can be connected to: takes the DISPLAY value (&quot;&quot; for the default), returns None when it can, else a few words saying why not.</extracomment>
        <translation>연결하지 못했습니다(그 디스플레이에서 응답하는 X 서버가 없습니다)</translation>
    </message>
    <message>
        <source>the X server does not support an extension</source>
        <translation>X 서버가 필요한 확장 기능을 지원하지 않습니다</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the request is too long</source>
        <translation>요청이 너무 깁니다</translation>
    </message>
    <message>
        <source>the display name cannot be parsed</source>
        <translation>디스플레이 이름을 해석할 수 없습니다</translation>
    </message>
    <message>
        <source>no such screen</source>
        <translation>그런 화면이 없습니다</translation>
    </message>
    <message>
        <source>the file descriptor was refused</source>
        <translation>파일 디스크립터가 거부되었습니다</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM names &quot;{name}&quot;, which is not a Qt platform here; this Qt has: {names}</source>
        <translation>QT_QPA_PLATFORM에 지정된 “{name}”은(는) 이 Qt에 없는 플랫폼입니다. 이 Qt에 있는 플랫폼: {names}</translation>
    </message>
    <message>
        <source>the {name} platform (QT_QPA_PLATFORM) draws on a screen device ({devices}), and there is none here; start negoprep inside your desktop session, or use QT_QPA_PLATFORM=offscreen for screenshots or printing</source>
        <translation>{name} 플랫폼(QT_QPA_PLATFORM)은 화면 장치({devices})에 그리는데, 여기에는 그런 장치가 없습니다. 데스크톱 세션 안에서 negoprep을 실행하거나, 스크린샷이나 인쇄에는 QT_QPA_PLATFORM=offscreen을 쓰십시오</translation>
    </message>
    <message>
        <source>start negoprep inside your desktop session, or use QT_QPA_PLATFORM=offscreen for screenshots or printing</source>
        <translation>데스크톱 세션 안에서 negoprep를 시작하거나, 화면 캡처나 인쇄에는 QT_QPA_PLATFORM=offscreen을 쓰십시오</translation>
    </message>
    <message>
        <source>cannot connect to the display {display}: {why}; {advice}</source>
        <translation>디스플레이 {display}에 연결할 수 없습니다: {why}. {advice}</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set</source>
        <translation>XDG_RUNTIME_DIR이 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display {name}: {where} is not there; {advice}</source>
        <translation>Wayland 디스플레이 {name}에 연결할 수 없습니다: {where}이(가) 없습니다. {advice}</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display {name}: {where}; {advice}</source>
        <translation>Wayland 디스플레이 {name}에 연결할 수 없습니다: {where}. {advice}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source> (and {count} more)</source>
        <extracomment>the most problems an error names in its one line (the rest are counted)</extracomment>
        <translation> (외 {count}건)</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{target} already exists: remove it first or choose another name (an export never overwrites)</source>
        <translation>{target}이(가) 이미 있습니다: 먼저 삭제하거나 다른 이름을 선택하십시오(내보내기는 기존 파일을 덮어쓰지 않습니다)</translation>
    </message>
    <message>
        <source>cannot export to {target}: the folder {folder} is not a folder</source>
        <translation>{target}(으)로 내보낼 수 없습니다: {folder}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>cannot export to {target}: the folder {folder} does not exist</source>
        <translation>{target}(으)로 내보낼 수 없습니다: 폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no dossier &quot;{dossier_id}&quot; in {name}</source>
        <translation>{name}에 자료집 &quot;{dossier_id}&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the export would hold a broken reference (in {broken}): nothing was exported</source>
        <translation>내보낸 파일에 끊어진 참조가 생깁니다({broken}): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>{problem}: nothing was exported</source>
        <extracomment>The job of a check that reads every revision snapshot (chain.damaged_snapshots): SQLite&apos;s own check sees a damaged packed snapshot as a value like any other. The job of a check that the store&apos;s schema is negoprep&apos;s (negoprep.store.verify): an index, table or trigger another program added would travel in the copy, and every receiver would refuse the file as tampered with. the tables that grow with a dossier, largest (slowest to check) first the threads that check the store while its export is made</extracomment>
        <translation>{problem}: 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>{target} already exists: remove it first or choose another name</source>
        <extracomment>errno of a folder that cannot hold an unnamed file or a hard link (FAT, old kernels, ...)</extracomment>
        <translation>{target}이(가) 이미 있습니다: 먼저 삭제하거나 다른 이름을 선택하십시오</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: nothing was exported</source>
        <translation>{folder}이(가) 있는 디스크가 가득 찼습니다: 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder} ({error}): nothing was exported</source>
        <translation>폴더 {folder}에 쓸 수 없습니다({error}): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write {target} ({error}): nothing was exported</source>
        <translation>{target}을(를) 쓸 수 없습니다({error}): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder} ({text}): nothing was exported</source>
        <translation>폴더 {folder}에 쓸 수 없습니다({text}): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write {target} ({text}; is the disk full or removed?): nothing was exported</source>
        <translation>{target}을(를) 쓸 수 없습니다({text}; 디스크가 가득 찼거나 분리되지 않았는지 확인하십시오): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>{source} is busy in another program: try again in a moment</source>
        <translation>다른 프로그램이 {source}을(를) 사용 중입니다: 잠시 후 다시 시도하십시오</translation>
    </message>
    <message>
        <source>{source} is damaged ({text}): nothing was exported</source>
        <translation>{source}이(가) 손상되었습니다({text}): 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>the export to {target} failed ({text}): nothing was exported</source>
        <translation>{target}(으)로 내보내지 못했습니다({text}): 아무것도 내보내지 않았습니다</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>최종 수정 일시</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>수정자</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>수정본</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Title of the negotiation.</source>
        <translation>협상의 제목입니다.</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>협상 상대</translation>
    </message>
    <message>
        <source>The other party (country, company, organisation).</source>
        <translation>상대 당사자(국가, 기업, 기관)입니다.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Where the negotiation takes place.</source>
        <translation>협상이 열리는 장소입니다.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), or null.</source>
        <translation>첫날(YYYY-MM-DD) 또는 null입니다.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), or null.</source>
        <translation>마지막 날(YYYY-MM-DD) 또는 null입니다.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>회의 형식</translation>
    </message>
    <message>
        <source>The kind of meeting, e.g. &quot;consultation&quot; or &quot;negotiation&quot;.</source>
        <translation>회의의 종류입니다(예: &quot;consultation&quot;(협의) 또는 &quot;negotiation&quot;(협상)).</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>협상 목표</translation>
    </message>
    <message>
        <source>Our objective.</source>
        <translation>우리 측의 협상 목표입니다.</translation>
    </message>
    <message>
        <source>BATNA</source>
        <translation>최선의 대안(BATNA)</translation>
    </message>
    <message>
        <source>Our best alternative to a negotiated agreement.</source>
        <translation>협상이 타결되지 않을 때 우리 측이 택할 수 있는 최선의 대안입니다.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>보안 등급</translation>
    </message>
    <message>
        <source>Classification label printed at top and bottom of every page, e.g. &quot;RESTRICTED&quot;.</source>
        <translation>모든 쪽의 위아래에 인쇄되는 보안 등급 표시입니다(예: &quot;대외비&quot;).</translation>
    </message>
    <message>
        <source>Release copies withhold internal records</source>
        <translation>배포본: 내부 기록 비공개</translation>
    </message>
    <message>
        <source>A release copy also leaves out agenda items and talking points marked &quot;internal&quot; (those marked &quot;never disclose&quot; are always left out).</source>
        <translation>배포본에서 &quot;내부&quot; 표시 의제와 발언 요지도 제외합니다 (&quot;공개 금지&quot; 표시 항목은 항상 제외됩니다).</translation>
    </message>
    <message>
        <source>Release copies withhold the BATNA</source>
        <translation>배포본: 최선의 대안(BATNA) 비공개</translation>
    </message>
    <message>
        <source>Release copies withhold walk-away points</source>
        <translation>배포본: 결렬선 비공개</translation>
    </message>
    <message>
        <source>Release copies withhold approvers</source>
        <translation>배포본: 승인자 비공개</translation>
    </message>
    <message>
        <source>A release copy blanks who approved each step of the mandate ladders and each red line.</source>
        <translation>배포본에서 훈령 단계별 승인자와 레드라인 승인자를 비웁니다.</translation>
    </message>
    <message>
        <source>Release copies withhold internal notes</source>
        <translation>배포본: 내부 메모 비공개</translation>
    </message>
    <message>
        <source>A release copy leaves out the dossier&apos;s notes and blanks the participants&apos; notes.</source>
        <translation>배포본에서 협상 자료집의 메모를 제외하고 참석자 메모를 비웁니다.</translation>
    </message>
    <message>
        <source>Their BATNA</source>
        <translation>상대측 BATNA</translation>
    </message>
    <message>
        <source>The other side&apos;s best alternative to a negotiated agreement, as we estimate it.</source>
        <translation>우리가 추정하는 상대측의 협상 결렬 시 최선의 대안.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>A release copy blanks our BATNA and our estimate of theirs.</source>
        <translation>배포본에서 우리 측 최선의 대안(BATNA)과 상대측 최선의 대안에 대한 우리 측 추정을 비웁니다.</translation>
    </message>
    <message>
        <source>A release copy blanks every agenda item&apos;s walk-away point (our reservation point) and its score, and our estimate of the other side&apos;s walk-away point.</source>
        <translation>배포본에서 모든 의제의 결렬선(우리 측 유보점)과 그 점수, 상대측 결렬선에 대한 우리 측 추정을 비웁니다.</translation>
    </message>
    <message>
        <source>Name of the track.</source>
        <translation>분야의 이름입니다.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>What the track covers.</source>
        <translation>이 분야가 다루는 범위입니다.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>성명입니다.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Job title or rank.</source>
        <translation>직위 또는 직급입니다.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>Ministry, agency or company.</source>
        <translation>부처, 기관 또는 기업입니다.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>소속 측</translation>
    </message>
    <message>
        <source>Which side the person is on.</source>
        <translation>이 사람이 어느 측에 속하는지 나타냅니다.</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>True for the head of that side&apos;s delegation.</source>
        <translation>해당 측 대표단의 수석대표이면 true입니다.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Free notes about the person.</source>
        <translation>이 사람에 관한 자유 메모입니다.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>The id of a track of this dossier.</source>
        <translation>이 자료집에 속한 분야의 ID입니다.</translation>
    </message>
    <message>
        <source>Short title of the item.</source>
        <translation>의제의 짧은 제목입니다.</translation>
    </message>
    <message>
        <source>What the item is about.</source>
        <translation>의제의 내용입니다.</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>우리 측 입장</translation>
    </message>
    <message>
        <source>Our position.</source>
        <translation>우리 측 입장입니다.</translation>
    </message>
    <message>
        <source>Their expected position</source>
        <translation>상대측 예상 입장</translation>
    </message>
    <message>
        <source>The position we expect the other side to take.</source>
        <translation>상대측이 취할 것으로 예상되는 입장입니다.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>이익</translation>
    </message>
    <message>
        <source>The interests behind the positions.</source>
        <translation>입장의 바탕이 되는 이익입니다.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>최초 제시안</translation>
    </message>
    <message>
        <source>Mandate ladder: what we open with.</source>
        <translation>훈령 단계: 처음 제시하는 안입니다.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Mandate ladder: what we aim for.</source>
        <translation>훈령 단계: 타결 목표로 삼는 안입니다.</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대안 입장</translation>
    </message>
    <message>
        <source>Mandate ladder: what we can fall back to.</source>
        <translation>훈령 단계: 물러설 수 있는 대안 입장입니다.</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>Mandate ladder: the point at which we walk away.</source>
        <translation>훈령 단계: 이 선을 넘으면 협상을 중단하는 지점입니다.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>How much the item matters to us, 1 (low) to 5 (high).</source>
        <translation>이 의제가 우리 측에 얼마나 중요한지를 1(낮음)부터 5(높음)까지로 나타냅니다.</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>유연성</translation>
    </message>
    <message>
        <source>How much room we have, 1 (none) to 5 (much).</source>
        <translation>우리 측의 재량 폭을 1(없음)부터 5(큼)까지로 나타냅니다.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Issue weight for package scoring; the weights of a dossier&apos;s items should sum to 100 (another sum is a warning, not an error).</source>
        <translation>패키지 점수 산정에 쓰는 의제 가중치입니다. 한 자료집의 의제 가중치 합계는 100이어야 합니다(합계가 다르면 오류가 아니라 경고로 표시합니다).</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>성격</translation>
    </message>
    <message>
        <source>Offensive: something we ask for; defensive: something we protect.</source>
        <translation>공세적: 우리가 요구하는 사항, 방어적: 우리가 지키려는 사항입니다.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>가능성</translation>
    </message>
    <message>
        <source>How likely the item is to come up; sets its depth in the briefing book (certain: full brief; unlikely: defensive lines only).</source>
        <translation>이 의제가 제기될 가능성입니다. 브리핑 자료에서 다루는 깊이가 달라집니다(확실: 전체 브리핑, 낮음: 방어 논리만).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Where the item stands.</source>
        <translation>의제의 현재 진행 상태입니다.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>The id of the participant of this dossier who owns the item, or null.</source>
        <translation>이 의제를 맡은 이 자료집 참석자의 ID 또는 null입니다.</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>Disclosure tier: may be told to the other side (shareable), to our delegation only (internal), or must never be disclosed (never: left out of release copies).</source>
        <translation>공개 범위: 상대측에 알려도 되는 내용(공유 가능), 우리 대표단만 아는 내용(내부용), 절대 공개하면 안 되는 내용(공개 불가: 배포본에서 제외)입니다.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>The item&apos;s key figure, the number ceiling and floor rules check.</source>
        <translation>의제의 핵심 수치로, 상한·하한 규칙이 점검하는 숫자입니다.</translation>
    </message>
    <message>
        <source>Unit of the figure</source>
        <translation>수치 단위</translation>
    </message>
    <message>
        <source>Its unit, e.g. &quot;USD bn&quot; or &quot;%&quot;.</source>
        <translation>수치의 단위입니다(예: &quot;억 달러&quot; 또는 &quot;%&quot;).</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>수치 출처</translation>
    </message>
    <message>
        <source>Where the number comes from.</source>
        <translation>수치의 출처입니다.</translation>
    </message>
    <message>
        <source>Opening approved by</source>
        <translation>최초 제시안 승인자</translation>
    </message>
    <message>
        <source>Who approved the opening step of the mandate ladder (our first ask).</source>
        <translation>훈령 단계 중 최초 제시안(처음 요구하는 안)을 승인한 사람입니다.</translation>
    </message>
    <message>
        <source>Target approved by</source>
        <translation>목표 승인자</translation>
    </message>
    <message>
        <source>Who approved the target step of the mandate ladder (what we aim to settle at).</source>
        <translation>훈령 단계 중 목표(타결하려는 수준)를 승인한 사람입니다.</translation>
    </message>
    <message>
        <source>Fallback approved by</source>
        <translation>대안 입장 승인자</translation>
    </message>
    <message>
        <source>Who approved the fallback step of the mandate ladder (what we accept if we must).</source>
        <translation>훈령 단계 중 대안 입장(불가피할 때 수용하는 안)을 승인한 사람입니다.</translation>
    </message>
    <message>
        <source>Walk-away approved by</source>
        <translation>결렬선 승인자</translation>
    </message>
    <message>
        <source>Who approved the walk-away step of the mandate ladder (the point at which we walk away).</source>
        <translation>훈령 단계 중 결렬선(협상을 중단하는 지점)을 승인한 사람입니다.</translation>
    </message>
    <message>
        <source>Opening score</source>
        <translation>최초 제시안 점수</translation>
    </message>
    <message>
        <source>What settling the item at its opening step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation>이 의제가 최초 제시안 수준에서 타결될 때 우리 측에 주는 가치를 0~100으로 나타냅니다(Raiffa 방식 점수).</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>목표 점수</translation>
    </message>
    <message>
        <source>What settling the item at its target step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation>이 의제가 목표 수준에서 타결될 때 우리 측에 주는 가치를 0~100으로 나타냅니다(Raiffa 방식 점수).</translation>
    </message>
    <message>
        <source>Fallback score</source>
        <translation>대안 입장 점수</translation>
    </message>
    <message>
        <source>What settling the item at its fallback step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation>이 의제가 대안 입장 수준에서 타결될 때 우리 측에 주는 가치를 0~100으로 나타냅니다(Raiffa 방식 점수).</translation>
    </message>
    <message>
        <source>Walk-away score</source>
        <translation>결렬선 점수</translation>
    </message>
    <message>
        <source>What settling the item at its walk-away step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation>이 의제가 결렬선 수준에서 타결될 때 우리 측에 주는 가치를 0~100으로 나타냅니다(Raiffa 방식 점수).</translation>
    </message>
    <message>
        <source>Their weight</source>
        <translation>상대측 가중치</translation>
    </message>
    <message>
        <source>How much the item matters to the other side, as we model it (their weights should sum to 100), or null when not modelled.</source>
        <translation>우리가 추정한, 상대측에게 이 의제가 갖는 중요도입니다(상대측 가중치 합계는 100이어야 함). 추정하지 않았으면 null입니다.</translation>
    </message>
    <message>
        <source>Better for us</source>
        <translation>아측에 유리한 방향</translation>
    </message>
    <message>
        <source>Which way the key figure is better for us: more or less; null when not said (then a proposed figure does not place the item on its ladder).</source>
        <translation>핵심 수치가 어느 쪽으로 갈수록 아측에 유리한지(more: 클수록, less: 작을수록)입니다. 정하지 않았으면 null이며, 이때 제시된 수치로 훈령 단계를 정하지 않습니다.</translation>
    </message>
    <message>
        <source>Opening figure</source>
        <translation>최초 제시안 수치</translation>
    </message>
    <message>
        <source>The key figure at the opening step of the mandate ladder (what we open with), in the figure&apos;s unit, or null.</source>
        <translation>훈령 단계 중 최초 제시안(처음 제시하는 안)의 핵심 수치로, 핵심 수치의 단위를 따릅니다. 없으면 null입니다.</translation>
    </message>
    <message>
        <source>Target figure</source>
        <translation>목표 수치</translation>
    </message>
    <message>
        <source>The key figure at the target step of the mandate ladder (what we aim for), in the figure&apos;s unit, or null.</source>
        <translation>훈령 단계 중 목표(타결하려는 안)의 핵심 수치로, 핵심 수치의 단위를 따릅니다. 없으면 null입니다.</translation>
    </message>
    <message>
        <source>Fallback figure</source>
        <translation>대안 입장 수치</translation>
    </message>
    <message>
        <source>The key figure at the fallback step of the mandate ladder (what we can fall back to), in the figure&apos;s unit, or null.</source>
        <translation>훈령 단계 중 대안 입장(물러설 수 있는 안)의 핵심 수치로, 핵심 수치의 단위를 따릅니다. 없으면 null입니다.</translation>
    </message>
    <message>
        <source>Walk-away figure</source>
        <translation>결렬선 수치</translation>
    </message>
    <message>
        <source>The key figure at the walk-away step of the mandate ladder (the point at which we walk away), in the figure&apos;s unit, or null.</source>
        <translation>훈령 단계 중 결렬선(협상을 중단하는 지점)의 핵심 수치로, 핵심 수치의 단위를 따릅니다. 없으면 null입니다.</translation>
    </message>
    <message>
        <source>Objective criteria</source>
        <translation>객관적 기준</translation>
    </message>
    <message>
        <source>Precedents, standards and figures a fair outcome can be argued from (the legitimacy element).</source>
        <translation>공정한 결과를 주장할 근거가 되는 선례, 기준, 수치(정당성 요소).</translation>
    </message>
    <message>
        <source>Their walk-away</source>
        <translation>상대측 결렬선</translation>
    </message>
    <message>
        <source>The other side&apos;s estimated walk-away point (their reservation point) in the unit of the key figure, or null when not estimated.</source>
        <translation>상대측의 추정 결렬선(유보점), 핵심 수치의 단위로. 추정하지 않았으면 null.</translation>
    </message>
    <message>
        <source>Their interests</source>
        <translation>상대측 이해관계</translation>
    </message>
    <message>
        <source>The interests we believe lie behind the other side&apos;s position.</source>
        <translation>상대측 입장 뒤에 있다고 보는 이해관계.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier.</source>
        <translation>이 자료집에 속한 의제의 ID입니다.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>A point to make, a defensive line, an anticipated question, our answer, or a press line.</source>
        <translation>발언 요지, 방어 논리, 예상 질문, 답변, 언론 대응 문안 중 하나입니다.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>The text of the line.</source>
        <translation>문안의 내용입니다.</translation>
    </message>
    <message>
        <source>Short title.</source>
        <translation>짧은 제목입니다.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>문안</translation>
    </message>
    <message>
        <source>The red line as stated.</source>
        <translation>레드라인의 문안입니다.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Why we hold it.</source>
        <translation>이 레드라인을 고수하는 이유입니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>How hard the line is; shown with every violation.</source>
        <translation>레드라인을 얼마나 엄격히 지키는지 나타내며, 위반 사항마다 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Who approved it.</source>
        <translation>승인한 사람입니다.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>The machine-checkable rule that every package is checked against.</source>
        <translation>모든 패키지를 자동으로 점검하는 기준 규칙입니다.</translation>
    </message>
    <message>
        <source>Name of the package.</source>
        <translation>패키지 이름입니다.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>제안 측</translation>
    </message>
    <message>
        <source>Who proposes it.</source>
        <translation>이 패키지를 제안하는 측입니다.</translation>
    </message>
    <message>
        <source>Notes on the package.</source>
        <translation>패키지에 관한 메모입니다.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier (at most once per package).</source>
        <translation>이 자료집에 속한 의제의 ID입니다(패키지마다 한 번만).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Give: we concede it; get: we obtain it.</source>
        <translation>양보: 우리가 내주는 것, 요구: 우리가 얻는 것입니다.</translation>
    </message>
    <message>
        <source>Proposed figure</source>
        <translation>제시 수치</translation>
    </message>
    <message>
        <source>The proposed figure for the item in this package (checked by ceiling and floor rules).</source>
        <translation>이 패키지에서 해당 의제에 제시하는 수치입니다(상한·하한 규칙으로 점검).</translation>
    </message>
    <message>
        <source>Notes on this item in the package.</source>
        <translation>패키지 안의 이 항목에 관한 메모입니다.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>타결 수준</translation>
    </message>
    <message>
        <source>Where on the item&apos;s mandate ladder this package settles it (used for the package&apos;s value); &apos;beyond&apos; means past the walk-away point, which is warned about. Null: the role decides (get: target, give: fallback). A proposed figure overrules it where the item&apos;s ladder figures place the figure on another step.</source>
        <translation>이 패키지가 의제를 훈령 단계의 어디에서 타결하는지입니다(패키지 가치 계산에 쓰임). &apos;beyond&apos;는 결렬선을 넘어선 것으로, 경고가 표시됩니다. null이면 구분에 따라 정해집니다(요구: 목표, 양보: 대안 입장). 제시된 수치가 의제의 단계별 수치로 보아 다른 단계에 놓이면 그 단계를 따릅니다.</translation>
    </message>
    <message>
        <source>Title of the checklist.</source>
        <translation>점검표의 제목입니다.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>What has to be done.</source>
        <translation>해야 할 일입니다.</translation>
    </message>
    <message>
        <source>The id of the participant of this dossier who does it, or null.</source>
        <translation>이 일을 맡은 이 자료집 참석자의 ID 또는 null입니다.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD), or null.</source>
        <translation>기한(YYYY-MM-DD) 또는 null입니다.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>True once done (printed as a ticked box).</source>
        <translation>완료하면 true입니다(인쇄물에는 체크된 상자로 표시).</translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier the task is about, or null.</source>
        <translation>이 할 일과 관련된 이 자료집 의제의 ID 또는 null입니다.</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>The id of a red line of this dossier the task is about, or null.</source>
        <translation>이 할 일과 관련된 이 자료집 레드라인의 ID 또는 null입니다.</translation>
    </message>
    <message>
        <source>Notes on the task.</source>
        <translation>할 일에 관한 메모입니다.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>The series it belongs to, e.g. &quot;Korea&apos;s goods trade surplus with the US&quot;.</source>
        <translation>이 값이 속한 계열입니다(예: &quot;한국의 대미 상품 무역수지 흑자&quot;).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>The point&apos;s label, e.g. &quot;2024&quot;.</source>
        <translation>데이터 요소의 레이블입니다(예: &quot;2024&quot;).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The value.</source>
        <translation>수치 값입니다.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Its unit, e.g. &quot;USD bn&quot;.</source>
        <translation>단위입니다(예: &quot;억 달러&quot;).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>When: a date YYYY-MM-DD, or a date-time YYYY-MM-DDTHH:MM[:SS] with Z, an offset, or none for the loading computer&apos;s local time, kept and written in UTC as YYYY-MM-DDTHH:MM:SSZ; or null.</source>
        <translation>일시: YYYY-MM-DD 형식의 날짜, 또는 YYYY-MM-DDTHH:MM[:SS] 형식의 일시(뒤에 Z나 오프셋을 붙이며, 붙이지 않으면 불러오는 컴퓨터의 현지 시각)입니다. UTC로 바꾸어 YYYY-MM-DDTHH:MM:SSZ 형식으로 보관하고 기록합니다. 없으면 null입니다.</translation>
    </message>
    <message>
        <source>Title of the note.</source>
        <translation>메모의 제목입니다.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>메모 내용입니다.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>The round&apos;s number, 1 for the first.</source>
        <translation>협상 차수(첫 회의는 1).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>The round&apos;s (first) day (YYYY-MM-DD), or null.</source>
        <translation>회의 (첫)날(YYYY-MM-DD), 또는 null.</translation>
    </message>
    <message>
        <source>Where the round took place.</source>
        <translation>회의 장소.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>What happened in the round.</source>
        <translation>이번 회의에서 있었던 일.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>The id of the round of this dossier in which it was tabled.</source>
        <translation>제시된 회의(이 협상 자료집의 회의) id.</translation>
    </message>
    <message>
        <source>Which side tabled it.</source>
        <translation>제시한 측.</translation>
    </message>
    <message>
        <source>The id of the package of this dossier that the offer tables, whole.</source>
        <translation>이 제안이 통째로 제시하는 패키지(이 협상 자료집의 패키지) id.</translation>
    </message>
    <message>
        <source>Tabled on</source>
        <translation>제시일</translation>
    </message>
    <message>
        <source>The day it was tabled (YYYY-MM-DD), or null.</source>
        <translation>제시한 날(YYYY-MM-DD), 또는 null.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>대응</translation>
    </message>
    <message>
        <source>What became of it.</source>
        <translation>제안의 결과.</translation>
    </message>
    <message>
        <source>Notes on the offer.</source>
        <translation>제안에 대한 메모.</translation>
    </message>
    <message>
        <source>Who it is, e.g. &quot;National Assembly&quot;.</source>
        <translation>누구인지, 예: &quot;국회&quot;.</translation>
    </message>
    <message>
        <source>A legislature, an industry, a ministry, the public or other.</source>
        <translation>입법부, 업계, 부처, 여론 또는 기타.</translation>
    </message>
    <message>
        <source>Can block ratification</source>
        <translation>비준 저지 가능</translation>
    </message>
    <message>
        <source>True when it can block the deal&apos;s ratification.</source>
        <translation>합의의 비준을 막을 수 있으면 true.</translation>
    </message>
    <message>
        <source>Notes on the constituency.</source>
        <translation>국내 이해관계자에 대한 메모.</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier (at most once per constituency).</source>
        <translation>이 협상 자료집의 의제 id(이해관계자당 한 번만).</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소 단계</translation>
    </message>
    <message>
        <source>The item must settle at this step of our mandate ladder or a better one, or null.</source>
        <translation>의제가 우리 훈령 단계의 이 단계 또는 더 나은 단계에서 타결되어야 함, 또는 null.</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>The item&apos;s figure in a deal may not be above this (the key figure&apos;s unit), or null.</source>
        <translation>합의에서 의제의 수치가 이 값을 넘으면 안 됨(핵심 수치의 단위), 또는 null.</translation>
    </message>
    <message>
        <source>At least (figure)</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>The item&apos;s figure in a deal may not be below this (the key figure&apos;s unit), or null.</source>
        <translation>합의에서 의제의 수치가 이 값에 못 미치면 안 됨(핵심 수치의 단위), 또는 null.</translation>
    </message>
    <message>
        <source>Kept out of any deal</source>
        <translation>합의에서 제외</translation>
    </message>
    <message>
        <source>True: a deal may not hold the item at all.</source>
        <translation>true: 어떤 합의에도 이 의제를 넣을 수 없음.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>The id of the participant of this dossier whose weight it is.</source>
        <translation>이 가중치를 매긴 참가자(이 협상 자료집의 참가자) id.</translation>
    </message>
    <message>
        <source>The delegate&apos;s weight for the item, 0 to 100.</source>
        <translation>대표단원이 매긴 이 의제의 가중치, 0~100.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>the author name</source>
        <translation>작성자 이름</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Ours</source>
        <translation>우리 측</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>공세적</translation>
    </message>
    <message>
        <source>Defensive</source>
        <translation>방어적</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>확실</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>가능</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>제기됨</translation>
    </message>
    <message>
        <source>Countered</source>
        <translation>역제안됨</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>합의</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>상부 보고</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Off the table</source>
        <translation>의제 제외</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>공유 가능</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부용</translation>
    </message>
    <message>
        <source>Never disclose</source>
        <translation>공개 불가</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>절대</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>확고</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>협의</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>협상</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>양보</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>최초 제시안</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대안 입장</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>결렬선</translation>
    </message>
    <message>
        <source>Beyond walk-away</source>
        <translation>결렬선 초과</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>입법부</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업계</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>여론</translation>
    </message>
    <message>
        <source>More is better</source>
        <translation>클수록 유리</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>작을수록 유리</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Package items</source>
        <translation>패키지 항목</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>협상 회의</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Team weights</source>
        <translation>팀 가중치</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>use</source>
        <extracomment>what a caller may be refused doing to a file (`refuse_live`&apos;s `doing`), listed for translation: each completes &quot;cannot … it&quot;</extracomment>
        <translation>사용</translation>
    </message>
    <message>
        <source>write to</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>export to</source>
        <extracomment>A store larger than this is copied into a private temporary file rather than into memory (SQLite&apos;s default limit of an in-memory database is 1 GiB). The link a release copy blanks in a checklist task that pointed at a withheld agenda item.</extracomment>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>print to</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>draw over</source>
        <translation>차트 덮어쓰기</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>write a copy over</source>
        <translation>사본 덮어쓰기</translation>
    </message>
    <message>
        <source>write the decrypted store to</source>
        <translation>복호화한 저장소 쓰기</translation>
    </message>
    <message>
        <source>create a store at</source>
        <translation>저장소 만들기</translation>
    </message>
    <message>
        <source>{path} is the store itself: cannot {doing} it (choose another file)</source>
        <translation>{path}은(는) 저장소 자체이므로 {doing} 대상으로 쓸 수 없습니다(다른 파일을 선택하십시오)</translation>
    </message>
    <message>
        <source>{path} belongs to the store {store}: cannot {doing} it (choose another file)</source>
        <translation>{path}은(는) 저장소 {store}에 속한 파일이므로 {doing} 대상으로 쓸 수 없습니다(다른 파일을 선택하십시오)</translation>
    </message>
    <message>
        <source>{path} belongs to the database {base}: cannot {doing} it (choose another file)</source>
        <translation>{path}은(는) 데이터베이스 {base}에 속한 파일이므로 {doing} 대상으로 쓸 수 없습니다(다른 파일을 선택하십시오)</translation>
    </message>
    <message>
        <source>{path} has the name of a database&apos;s companion file (-wal, -shm or -journal): cannot {doing} it (choose a name that does not end so)</source>
        <translation>{path}은(는) 데이터베이스의 부속 파일(-wal, -shm, -journal) 이름이므로 {doing} 대상으로 쓸 수 없습니다(그렇게 끝나지 않는 이름을 고르십시오)</translation>
    </message>
    <message>
        <source>cannot write {file}: it is a folder</source>
        <translation>{file}에 쓸 수 없습니다: 폴더입니다</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>{file}에 쓸 수 없습니다: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write {file}: permission denied</source>
        <translation>{file}에 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>{path} is a database another program may have open ({file} lies beside it): cannot {doing} it (choose another file)</source>
        <translation>{path}은(는) 다른 프로그램이 열어 두었을 수 있는 데이터베이스이므로({file} 파일이 옆에 있습니다) {doing} 대상으로 쓸 수 없습니다(다른 파일을 선택하십시오)</translation>
    </message>
    <message>
        <source>{path} is a database: cannot {doing} it (choose another file)</source>
        <translation>{path}은(는) 데이터베이스이므로 {doing} 대상으로 쓸 수 없습니다(다른 파일을 선택하십시오)</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>Merged {file} (backup of the store before: {backup})</source>
        <extracomment>The namespace of the ids a merge makes (merge revisions, restorations, conflicts): the same merge made on two machines gets the same ids. (record type, column, target type): every link whose target must be live while the row is. How long before its parent&apos;s deletion an item&apos;s deletion counts as part of the same change.</extracomment>
        <translation>{file}을(를) 병합했습니다(병합 전 저장소 백업: {backup})</translation>
    </message>
    <message>
        <source>Merged {file}</source>
        <translation>{file}을(를) 병합했습니다</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {deleted} deleted, {auto_merged} auto-merged, {conflicts} in conflict, {unchanged} unchanged</source>
        <translation>추가 {added}, 수정 {updated}, 삭제 {deleted}, 자동 병합 {auto_merged}, 충돌 {conflicts}, 변경 없음 {unchanged}</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>파일에 기록이 없습니다</translation>
    </message>
    <message>
        <source>1 conflict left for a person to resolve (open the app)</source>
        <translation>직접 해결해야 할 충돌이 1건 남았습니다(앱에서 여십시오)</translation>
    </message>
    <message>
        <source>{count} conflicts left for a person to resolve (open the app)</source>
        <translation>직접 해결해야 할 충돌이 {count}건 남았습니다(앱에서 여십시오)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Resolve the conflict on {noun} “{label}”</source>
        <translation>{noun} “{label}”의 충돌 해결</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>파일 {file}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{file} is a folder, not a store file</source>
        <translation>{file}은(는) 폴더이며 저장소 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file} is empty: not a negoprep store</source>
        <translation>{file}이(가) 비어 있습니다: negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{file} is another application&apos;s database, not a negoprep store</source>
        <translation>{file}은(는) 다른 응용 프로그램의 데이터베이스이며 negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{file} was made by a newer negoprep (store version {version}; this one reads up to {current_version}): update negoprep to merge it</source>
        <translation>{file}은(는) 더 새로운 negoprep으로 만든 파일입니다(저장소 버전 {version}, 이 프로그램은 {current_version}까지 읽음): 병합하려면 negoprep을 업데이트하십시오</translation>
    </message>
    <message>
        <source>{file} could not be brought to store version {current_version}</source>
        <translation>{file}을(를) 저장소 버전 {current_version}(으)로 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>{name} is open read-only: nothing was merged</source>
        <translation>{name}이(가) 읽기 전용으로 열려 있습니다: 아무것도 병합하지 않았습니다</translation>
    </message>
    <message>
        <source>a merge cannot run inside another change</source>
        <translation>다른 변경 작업 중에는 병합할 수 없습니다</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>파일 검사 중</translation>
    </message>
    <message>
        <source>Backing up the store</source>
        <translation>저장소 백업 중</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>병합 중</translation>
    </message>
    <message>
        <source>{file} cannot be merged: its records break the store&apos;s rules ({error})</source>
        <translation>{file}을(를) 병합할 수 없습니다: 기록이 저장소 규칙에 어긋납니다({error})</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>병합 완료</translation>
    </message>
    <message>
        <source>Settling conflicts</source>
        <translation>충돌 정리 중</translation>
    </message>
    <message>
        <source>{source} cannot be merged: the {noun} {row_id} has no revision {lost}</source>
        <translation>{source}을(를) 병합할 수 없습니다: {noun} {row_id}에 수정본 {lost}이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>cancelled: nothing was changed</source>
        <extracomment>Records written (or read) between two reports of a loop over records: often enough for a bar that moves, rarely enough that reporting costs nothing.</extracomment>
        <translation>취소됨: 아무것도 바뀌지 않았습니다</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>dossier</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>agenda item</source>
        <extracomment>A display position is a whole number well inside SQLite&apos;s 64 bits, so that &quot;one after the last&quot; can never overflow. (record type, id, the record as it was, or None where it did not exist or was deleted) Who points at whom: (record type, column, target type, what deleting the target does). A live red line with the ids of the tracks and agenda items its rule names.</extracomment>
        <translation>의제</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>talking point</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>red lines</source>
        <translation>레드라인</translation>
    </message>
    <message>
        <source>package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>package item</source>
        <translation>패키지 항목</translation>
    </message>
    <message>
        <source>Package item</source>
        <translation>패키지 항목</translation>
    </message>
    <message>
        <source>package items</source>
        <translation>패키지 항목</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>핵심 수치</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>round</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>constituencies</source>
        <translation>국내 이해관계자</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>요구</translation>
    </message>
    <message>
        <source>team weight</source>
        <translation>팀 가중치</translation>
    </message>
    <message>
        <source>Team weight</source>
        <translation>팀 가중치</translation>
    </message>
    <message>
        <source>team weights</source>
        <translation>팀 가중치</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <extracomment>Where an agenda item stands as the talks go on (schema version 10 adds &quot;countered&quot; and &quot;escalated&quot;). The statuses of an item still in play: not yet settled, put off or taken off the table. What became of an offer tabled in a round. Who at home can stand in the way of a deal (Putnam&apos;s second level). The mandate ladder, from what we ask first to the point where we walk away; &quot;beyond&quot; is past the walk-away point, which a package should never reach. Which way an item&apos;s key figure is better for us: the more the better, or the less. Columns every table has, filled in by the store rather than the user. The kinds of value a field holds (see negoprep.records.values for what each admits): id, ref (an id of a record of another table), text, int, number, bool, enum, date, instant (a UTC time), at (a note&apos;s date or time) and rule (a red-line rule object). What deleting the target of a reference does to the record that points at it. The JSON objects that hold several fields: their name → (title, description) for the format&apos;s documentation and JSON Schema. A group&apos;s object is null in a dump when every field holds its default; when its first field may be null (the key figure&apos;s value), an object must give it. Display order within a list (lowest first); not in documents, where list order is display order. fields whose words go into the full-text index: the first is the record&apos;s title</extracomment>
        <translation>{number}차 회의</translation>
    </message>
    <message>
        <source>Our offer of {day}</source>
        <translation>{day} 아측 제안</translation>
    </message>
    <message>
        <source>Their offer of {day}</source>
        <translation>{day} 상대측 제안</translation>
    </message>
    <message>
        <source>Our offer</source>
        <translation>아측 제안</translation>
    </message>
    <message>
        <source>Their offer</source>
        <translation>상대측 제안</translation>
    </message>
</context>
<context>
    <name>redlines</name>
    <message>
        <source>a number</source>
        <extracomment>The longest a rule&apos;s JSON text may be. A rule names a few tracks or one item: this is far beyond any real one, and keeps checking a received file&apos;s rules quick. The deepest a rule&apos;s JSON may nest (a rule of any kind nests 3 deep: this says &quot;not a rule&quot; before the kind is looked at). The longest id a rule may name (the dossier format&apos;s limit for every id). How deep a rule nests: the object, a list of groups, a group, an id. The most unknown keys of one rule that are named (the rule is refused all the same). TRACKS: a list of this many groups of tracks, each non-empty, no track in two groups TRACKS: the fewest tracks; WHOLE: the smallest value WHOLE: less than the number of tracks of this (TRACKS) parameter, declared before it ITEM: an item with a figure (what a limit is checked against) NUMBER: in the unit of the figure of the item of this (ITEM) parameter What a package holds, as a kind of rule sees it: each entry with its agenda item. False: never broken automatically; the red line is listed for a person to confirm Every kind of rule, by name, in the order they are offered.</extracomment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Equivalent offer {letter} ({points} points)</source>
        <extracomment>the titles of the absolute red lines the package breaks: it is unacceptable if any</extracomment>
        <translation>동등 제안 {letter}({points}점)</translation>
    </message>
    <message>
        <source>Proposed as one of several offers of about equal value to us.</source>
        <translation>우리에게 가치가 거의 같은 여러 제안 중 하나로 제시함.</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>{path} is larger than {size} GiB: too large to be a negoprep file</source>
        <translation>{path}이(가) {size} GiB보다 큽니다: negoprep 파일로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path} is encrypted: give --passphrase-file or --identity</source>
        <translation>{path}은(는) 암호화되어 있습니다: --passphrase-file 또는 --identity를 지정하십시오</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>{name} 복호화 중</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>저장소 복사 중</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>암호화 중</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} 쓰는 중</translation>
    </message>
    <message>
        <source>Written {name}</source>
        <translation>{name} 기록 완료</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>demo dossier</source>
        <extracomment>the longest settings file read for the language (the app&apos;s INI file is a few kilobytes)</extracomment>
        <translation>데모 협상 자료집</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the store</source>
        <extracomment>how long SQLite itself waits for a lock another program holds (reads, checkpoints) how long a change waits for another program&apos;s write to end before giving up while waiting for the write lock: how long SQLite waits between two reports of the wait what follows a store&apos;s name in the name of its copy being encrypted or decrypted
----------
Columns stored as 0/1 and read back as bool; columns stored as JSON text. The columns of a row&apos;s index entry that search_text.entry gives, in its order. Every record table asked at once which of them holds an id (see Database.holders_of). told how many seconds a change has waited for another program&apos;s write to end</extracomment>
        <translation>저장소</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: the change was not saved</source>
        <translation>{path}이(가) 있는 디스크가 가득 찼습니다: 변경 사항을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>{path} is read-only: the change was not saved</source>
        <translation>{path}은(는) 읽기 전용입니다: 변경 사항을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>{path} is busy in another program: try again in a moment</source>
        <translation>다른 프로그램이 {path}을(를) 사용 중입니다: 잠시 후 다시 시도하십시오</translation>
    </message>
    <message>
        <source>{path} is damaged, or was changed outside negoprep: it holds text that is not UTF-8</source>
        <translation>{path}이(가) 손상되었거나 negoprep 밖에서 변경되었습니다: UTF-8이 아닌 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>{path} is damaged ({error})</source>
        <translation>{path}이(가) 손상되었습니다({error})</translation>
    </message>
    <message>
        <source>{path} cannot be read or written ({error})</source>
        <translation>{path}을(를) 읽거나 쓸 수 없습니다({error})</translation>
    </message>
    <message>
        <source>; its latest backup is {path} (of {label}): open it in the app to restore or salvage</source>
        <translation>; 최신 백업은 {path}({label})입니다: 앱에서 열어 복원하거나 복구하십시오</translation>
    </message>
    <message>
        <source>{path} is being encrypted or decrypted by another negoprep process: try again when it is done</source>
        <translation>{path}은(는) 다른 negoprep 프로세스가 암호화 또는 복호화하는 중임: 작업이 끝난 뒤 다시 시도할 것</translation>
    </message>
    <message>
        <source>{path} was decrypted by another negoprep process while it was being opened: try again</source>
        <translation>{path}은(는) 여는 동안 다른 negoprep 프로세스가 복호화했음: 다시 시도할 것</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a store file</source>
        <translation>{path}은(는) 폴더이며 저장소 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, a device or a socket): not a negoprep store</source>
        <translation>{path}은(는) 일반 파일이 아닙니다(파이프, 장치 또는 소켓): negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{path} has an unfinished change ({name}-journal) that can only be rolled back where the file can be written: copy both files to a folder you can write to, or open it there</source>
        <extracomment>whether a connection can give its database&apos;s bytes (the standard library&apos;s; not SQLCipher&apos;s) SQLCipher 4&apos;s defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, a 16-byte salt the first 16 bytes of a plain SQLite file (an encrypted one has its salt there)</extracomment>
        <translation>{path}에 끝나지 않은 변경({name}-journal)이 있으며, 이는 파일에 쓸 수 있는 곳에서만 되돌릴 수 있습니다: 두 파일을 쓰기 가능한 폴더로 복사하거나 그곳에서 여십시오</translation>
    </message>
    <message>
        <source>{path} can be read only where its folder can be written (SQLite keeps {name}-shm beside it, and another user may be writing it): copy it to a folder you can write to</source>
        <translation>{path}은(는) 폴더에 쓸 수 있는 곳에서만 읽을 수 있습니다(SQLite가 옆에 {name}-shm을 두며, 다른 사용자가 쓰고 있을 수 있습니다): 쓰기 가능한 폴더로 복사하십시오</translation>
    </message>
    <message>
        <source>{path} has changes not yet written into it ({name}-wal) that cannot be read where the folder cannot be written: copy both files to a folder you can write to and open the copy</source>
        <translation>{path}에 아직 반영되지 않은 변경({name}-wal)이 있으며, 폴더에 쓸 수 없는 곳에서는 이를 읽을 수 없습니다: 두 파일을 쓰기 가능한 폴더로 복사한 뒤 사본을 여십시오</translation>
    </message>
    <message>
        <source>{path} is not a negoprep store (it is not a SQLite database)</source>
        <translation>{path}은(는) negoprep 저장소가 아닙니다(SQLite 데이터베이스가 아닙니다)</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} is another application&apos;s database, not a negoprep store</source>
        <translation>{path}은(는) 다른 응용 프로그램의 데이터베이스이며 negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{path} was made by a newer negoprep (store version {version}; this one reads up to {newest}): update negoprep to open it</source>
        <translation>{path}은(는) 더 새로운 negoprep으로 만든 파일입니다(저장소 버전 {version}, 이 프로그램은 {newest}까지 읽음): 열려면 negoprep을 업데이트하십시오</translation>
    </message>
    <message>
        <source>{path} says it is a store of version {version} but holds {what}, which only version {since} and later write: it is not opened</source>
        <translation>{path}은(는) 버전 {version} 저장소라고 하지만 버전 {since}부터만 쓰는 {what}을(를) 담고 있어 열지 않았습니다</translation>
    </message>
    <message>
        <source>{name} is busy in another program (waited {waited:.0f} s): the change was not saved; try again when it is done</source>
        <translation>다른 프로그램이 {name}을(를) 사용 중입니다({waited:.0f}초 대기): 변경 사항을 저장하지 못했습니다. 작업이 끝나면 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the passphrase does not open {path}: it is not the one it was encrypted with</source>
        <translation>이 암호 문구로는 {path}을(를) 열 수 없음: 암호화할 때 사용한 암호 문구가 아님</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its passphrase with --passphrase-file FILE</source>
        <translation>{path}은(는) 암호화되어 있음: --passphrase-file FILE로 암호 문구를 지정할 것</translation>
    </message>
    <message>
        <source>the passphrase has {count} characters: a store&apos;s passphrase needs at least {minimum}</source>
        <extracomment>how long encrypting waits for other programs to let go of the store (they must close it) the fewest characters a store&apos;s passphrase may have (a shorter one is guessed in hours)</extracomment>
        <translation>암호 문구가 {count}자임: 저장소의 암호 문구는 {minimum}자 이상이어야 함</translation>
    </message>
    <message>
        <source>{path} is already encrypted: decrypt it first to change its passphrase</source>
        <translation>{path}은(는) 이미 암호화되어 있음: 암호 문구를 바꾸려면 먼저 복호화할 것</translation>
    </message>
    <message>
        <source>{path} is not encrypted: there is nothing to decrypt</source>
        <translation>{path}은(는) 암호화되어 있지 않음: 복호화할 것이 없음</translation>
    </message>
    <message>
        <source>there is no store at {path}</source>
        <translation>{path}에 저장소가 없습니다</translation>
    </message>
    <message>
        <source>{path} is read-only: it cannot be encrypted or decrypted here</source>
        <translation>{path}은(는) 읽기 전용임: 여기서는 암호화하거나 복호화할 수 없음</translation>
    </message>
    <message>
        <source>{path} is open in another window or program: close it there first, then try again</source>
        <translation>{path}이(가) 다른 창이나 프로그램에서 열려 있음: 그곳에서 먼저 닫은 후 다시 시도할 것</translation>
    </message>
    <message>
        <source>the new copy of {path} could not be put in WAL mode</source>
        <translation>{path}의 새 사본을 WAL 모드로 전환할 수 없음</translation>
    </message>
    <message>
        <source>the new copy of {path} did not match it ({problem}): the store was not changed</source>
        <translation>{path}의 새 사본이 원본과 일치하지 않음({problem}): 저장소는 변경되지 않음</translation>
    </message>
    <message>
        <source>a table differs</source>
        <translation>테이블 하나가 다름</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>폴더 {parent}이(가) 없습니다</translation>
    </message>
    <message>
        <source>a store cannot be made in {parent}: the folder is read-only</source>
        <translation>{parent}에 저장소를 만들 수 없습니다: 읽기 전용 폴더입니다</translation>
    </message>
    <message>
        <source>{path} is read-only and needs upgrading: copy it to a folder you can write to</source>
        <translation>{path}은(는) 읽기 전용인데 버전을 올려야 합니다: 쓰기 가능한 폴더로 복사하십시오</translation>
    </message>
    <message>
        <source>{name} is open read-only: the change was not saved</source>
        <translation>{name}이(가) 읽기 전용으로 열려 있습니다: 변경 사항을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>id: {problem}</source>
        <translation>ID: {problem}</translation>
    </message>
    <message>
        <source>rule: {problem}</source>
        <translation>규칙: {problem}</translation>
    </message>
    <message>
        <source>{noun} &quot;{label}&quot; is on it</source>
        <translation>{noun} “{label}”이(가) 연결되어 있습니다</translation>
    </message>
    <message>
        <source>the rule of red line &quot;{label}&quot; uses it</source>
        <translation>레드라인 “{label}”의 규칙이 사용하고 있습니다</translation>
    </message>
    <message>
        <source>{noun} &quot;{label}&quot; cannot be deleted: {reason}</source>
        <translation>{noun} “{label}”을(를) 삭제할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>all it changed was changed since: {kept}</source>
        <translation>바꾼 것이 모두 그 뒤에 다시 바뀌었습니다: {kept}</translation>
    </message>
    <message>
        <source>{noun} &quot;{label}&quot; has changed since</source>
        <translation>{noun} &quot;{label}&quot;이(가) 그 뒤에 바뀌었습니다</translation>
    </message>
    <message>
        <source>{changed}: {noun} &quot;{label}&quot; is in it</source>
        <translation>{changed}: {noun} &quot;{label}&quot;이(가) 그 안에 있습니다</translation>
    </message>
    <message>
        <source>{changed}: {noun} &quot;{label}&quot; refers to it</source>
        <translation>{changed}: {noun} &quot;{label}&quot;이(가) 그것을 가리킵니다</translation>
    </message>
    <message>
        <source>{changed}: {reason}</source>
        <translation>{changed}: {reason}</translation>
    </message>
    <message>
        <source>{noun} &quot;{label}&quot;</source>
        <translation>{noun} &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{record} has changed since; it stays</source>
        <translation>{record}이(가) 그 뒤에 바뀌어 그대로 둡니다</translation>
    </message>
    <message>
        <source>{record} was deleted since; it stays deleted</source>
        <translation>{record}이(가) 그 뒤에 삭제되어 삭제된 채로 둡니다</translation>
    </message>
    <message>
        <source>{record}: {fields} changed since; kept as now</source>
        <translation>{record}: {fields}이(가) 그 뒤에 바뀌어 지금 값을 유지합니다</translation>
    </message>
    <message>
        <source>{name} holds no dossier</source>
        <translation>{name}에 자료집이 없습니다</translation>
    </message>
    <message>
        <source>&quot;{ref}&quot; fits more than one dossier: {names}; give more of the title, or the id</source>
        <translation>&quot;{ref}&quot;에 해당하는 협상 자료집이 둘 이상입니다: {names}. 제목을 더 길게 쓰거나 ID를 주십시오</translation>
    </message>
    <message>
        <source>there is no dossier &quot;{ref}&quot; in {name}: give at least 4 characters of an id</source>
        <translation>{name}에 자료집 “{ref}”이(가) 없습니다: ID는 4자 이상 입력하십시오</translation>
    </message>
    <message>
        <source>there is no dossier &quot;{ref}&quot; in {name}</source>
        <translation>{name}에 자료집 “{ref}”이(가) 없습니다</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} 삭제</translation>
    </message>
    <message>
        <source>{target} already exists</source>
        <translation>{target}이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>there is no dossier &quot;{dossier_id}&quot; in {name}</source>
        <translation>{name}에 자료집 “{dossier_id}”이(가) 없습니다</translation>
    </message>
    <message>
        <source>encryption at rest needs the sqlcipher3-wheels package: install it with pip</source>
        <translation>저장소 암호화에는 sqlcipher3-wheels 패키지가 필요함: pip로 설치할 것</translation>
    </message>
    <message>
        <source>{path} is not encrypted</source>
        <translation>{path}은(는) 암호화되어 있지 않음</translation>
    </message>
    <message>
        <source>a revision&apos;s snapshot is damaged: it cannot be unpacked</source>
        <translation>개정의 스냅숏이 손상되었습니다: 압축을 풀 수 없습니다</translation>
    </message>
    <message>
        <source>packed revision snapshots</source>
        <extracomment>The author of the revisions a step writes when it restates what people wrote (a change negoprep made, not a person), and the namespace of their ids. The release policy&apos;s flags (negoprep.records.release) and their defaults, as schema version 7 adds them. The columns schema version 9 adds to agenda items: the mandate ladder in figures. The indexes of schema version 10&apos;s tables: lists in display order, and references that deleting their target follows. An agenda item&apos;s statuses before schema version 10 (which adds &quot;countered&quot; and &quot;escalated&quot;). The long lists of a dossier (thousands of rows), read in display order by an index alone. The index of schema version 12 by which a record&apos;s revisions are found. The CHECK of a revision&apos;s snapshot before schema version 14, and from it: JSON text, or a packed snapshot (negoprep.store.packing: a BLOB whose first byte names its dictionary). The references of schema version 14 that no index led with: (table, column). Deleting a record asks for the live records pointing at it through each (negoprep.store.operations). Step N (1-based) migrates a store from version N-1 to version N. The first version whose note times are UTC instants (what a received file is checked for). The first version whose search index holds the parts of Korean, Chinese and Japanese words. The first version whose dossiers carry a release policy. The first version whose revisions are chained by digests (what verify checks them for). The first version with rounds, offers, constituencies and team weights. The first version whose long lists, task counts and weight sums are read by indexes of live rows. The first version whose search index keeps no copy of the texts (a contentless index). The first version whose revision snapshots are packed. What only a later schema version writes, which a store of an earlier version therefore cannot hold (a file that says it is of that version and holds it was made or changed by other means): the first version that writes it, what it is in words, and SQL that finds it. Each query reads only what the earlier versions have (the revisions, agenda_items&apos; status).</extracomment>
        <translation>압축된 개정본 스냅숏</translation>
    </message>
    <message>
        <source>an agenda item whose status is “countered” or “escalated”</source>
        <translation>상태가 “역제안됨” 또는 “상부 보고”인 의제</translation>
    </message>
    <message>
        <source>a {noun} revision with the field “{field}”</source>
        <translation>“{field}” 필드가 있는 {noun} 개정본</translation>
    </message>
    <message>
        <source>a revision&apos;s snapshot is damaged: it is not a JSON object</source>
        <translation>개정의 스냅숏이 손상되었습니다: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>a revision&apos;s snapshot is damaged: it holds another record</source>
        <translation>개정의 스냅숏이 손상되었습니다: 다른 항목의 내용을 담고 있습니다</translation>
    </message>
    <message>
        <source>revision {id} of {table} {row}: {problem}</source>
        <extracomment>The separators of a snapshot&apos;s canonical JSON (json.dumps&apos; own defaults, as negoprep wrote them). The schema version from which revision snapshots are packed (negoprep.store.migrations). The namespace of the ids of the revisions that restate a row (the same in every copy). bool and JSON columns, as the database module stores them (kept here: it imports this module) Columns stored as 0/1 and read back as bool; columns stored as JSON text. (Derived from the declarations: a column&apos;s name means the same in every table.) The seal of the history: one row (id 1). What each digest is hashed with before it joins the seal: the seal is not a plain XOR of values the file shows, so it cannot be rebuilt without negoprep&apos;s own rules (as a digest).</extracomment>
        <translation>{table} {row}의 개정본 {id}: {problem}</translation>
    </message>
</context>
<context>
    <name>talks</name>
    <message>
        <source>Our offer, round {number}</source>
        <translation>아측 제안, {number}차 회의</translation>
    </message>
    <message>
        <source>Their offer, round {number}</source>
        <translation>상대측 제안, {number}차 회의</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Head of delegation briefed on: {title}</source>
        <translation>수석대표 보고: {title}</translation>
    </message>
    <message>
        <source>{where}&apos;{language}&apos; is not a JSON object</source>
        <translation>{where}&apos;{language}&apos;이(가) JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>{where}&apos;{language}.{key}&apos; is not text</source>
        <translation>{where}&apos;{language}.{key}&apos;이(가) 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>not valid JSON ({message}, line {line})</source>
        <translation>올바른 JSON이 아닙니다({message}, {line}번째 줄)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>제목이 없습니다</translation>
    </message>
    <message>
        <source>the description is not text</source>
        <translation>설명이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>할 일이 없습니다</translation>
    </message>
    <message>
        <source>task {number} is not a JSON object</source>
        <translation>{number}번째 할 일이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>task {number}: </source>
        <translation>{number}번째 할 일: </translation>
    </message>
    <message>
        <source>task {number} has no text</source>
        <translation>{number}번째 할 일에 내용이 없습니다</translation>
    </message>
    <message>
        <source>task {number}: days_before must be a whole number or null</source>
        <translation>{number}번째 할 일: days_before는 정수 또는 null이어야 합니다</translation>
    </message>
    <message>
        <source>task {number}: role must be text</source>
        <translation>{number}번째 할 일: role은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검표</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{name} was changed outside negoprep (tampered): {problem}</source>
        <translation>{name}은(는) negoprep 밖에서 변경되었습니다(변조): {problem}</translation>
    </message>
    <message>
        <source>{path} took longer than {seconds:g} s to check: refused (a file this slow to read is too large or built to be slow)</source>
        <translation>{path}을(를) 점검하는 데 {seconds:g}초 넘게 걸려 거부했습니다(이렇게 느리게 읽히는 파일은 너무 크거나 느리게 만들어진 파일입니다)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <extracomment>The time a check may take: SECONDS for any file, and SECONDS_PER_MB more for each megabyte of it (a colleague&apos;s 100,000-row store of 200 MB checks in about 40 s on a busy laptop: it gets 90 s; a small file built to be slow is still stopped after half a minute). Keys of the full-text index&apos;s configuration a store may hold, and their allowed values.</extracomment>
        <translation>{name} 읽는 중</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} 검사 중</translation>
    </message>
    <message>
        <source>Bringing {name} up to date</source>
        <translation>{name} 최신 버전으로 변환 중</translation>
    </message>
    <message>
        <source>Preparing {name}</source>
        <translation>{name} 준비 중</translation>
    </message>
    <message>
        <source>Checked {name}</source>
        <translation>{name} 검사 완료</translation>
    </message>
    <message>
        <source>{path} is larger than {size}: too large to be a negoprep store</source>
        <translation>{path}이(가) {size}보다 큽니다: negoprep 저장소로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>{path} is the store open here, or one of its files: choose a colleague&apos;s file</source>
        <translation>{path}은(는) 여기에서 열려 있는 저장소이거나 그 파일 중 하나입니다: 동료에게 받은 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a store file</source>
        <translation>{path}은(는) 폴더이며 저장소 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket): not a store file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다(장치, 파이프 또는 소켓): 저장소 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{name} cannot be checked: {file} beside it cannot be read ({error})</source>
        <translation>{name}을(를) 점검할 수 없습니다: 옆에 있는 {file}을(를) 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>{path} cannot be checked: {name} beside it cannot be read ({error})</source>
        <translation>{path}을(를) 점검할 수 없습니다: 옆에 있는 {name}을(를) 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>{path} has changes that may live in {name} beside it, which SQLite would apply when opening it: refused (ask the sender for an export, made with `negoprep export` or File → Export…, rather than a copy of a store that was in use)</source>
        <translation>{path} 옆의 {name}에 변경 사항이 있을 수 있으며, SQLite는 파일을 열 때 이를 반영합니다: 거부했습니다(사용 중이던 저장소의 사본 대신 `negoprep export` 또는 파일 → 내보내기…로 만든 내보내기 파일을 보낸 사람에게 요청하십시오)</translation>
    </message>
    <message>
        <source>{path} has an unfinished change in {name} beside it, which SQLite would roll back when opening it: refused (ask the sender for an export, made with `negoprep export` or File → Export…, rather than a copy of a store that was being written)</source>
        <translation>{path} 옆의 {name}에 끝나지 않은 변경이 있으며, SQLite는 파일을 열 때 이를 되돌립니다: 거부했습니다(쓰는 중이던 저장소의 사본 대신 `negoprep export` 또는 파일 → 내보내기…로 만든 내보내기 파일을 보낸 사람에게 요청하십시오)</translation>
    </message>
    <message>
        <source>{path} cannot be checked: {error} (while copying it privately)</source>
        <translation>{path}을(를) 점검할 수 없습니다: {error}(비공개 사본을 만드는 중)</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a dossier document in JSON: load it with `negoprep load`</source>
        <translation>JSON 형식의 자료집 문서입니다. `negoprep load`로 불러오십시오</translation>
    </message>
    <message>
        <source>a JSON text</source>
        <translation>JSON 텍스트</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <source>unrecognised data</source>
        <translation>알 수 없는 데이터</translation>
    </message>
    <message>
        <source>{name} is empty: not a negoprep store</source>
        <translation>{name}이(가) 비어 있습니다: negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{name} is encrypted: give --passphrase-file or --identity</source>
        <translation>{name}은(는) 암호화되어 있습니다: --passphrase-file 또는 --identity를 지정하십시오</translation>
    </message>
    <message>
        <source>{name} is an encrypted store (encrypted at rest): export it first, and share the export</source>
        <translation>{name}은(는) 암호화된 저장소임: 먼저 내보내기를 한 후 내보낸 파일을 공유할 것</translation>
    </message>
    <message>
        <source>{name} is not a negoprep store: it is not a SQLite database ({what})</source>
        <translation>{name}은(는) negoprep 저장소가 아닙니다: SQLite 데이터베이스가 아닙니다({what})</translation>
    </message>
    <message>
        <source>{name} is damaged: its SQLite header is not valid</source>
        <translation>{name}이(가) 손상되었습니다: SQLite 헤더가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>{name} is another application&apos;s database, not a negoprep store</source>
        <translation>{name}은(는) 다른 응용 프로그램의 데이터베이스이며 negoprep 저장소가 아닙니다</translation>
    </message>
    <message>
        <source>{name} was made by a newer negoprep (store version {version}; this one reads up to {newest}): update negoprep to open it</source>
        <translation>{name}은(는) 더 새로운 negoprep으로 만든 파일입니다(저장소 버전 {version}, 이 프로그램은 {newest}까지 읽음): 열려면 negoprep을 업데이트하십시오</translation>
    </message>
    <message>
        <source>{name} has been tampered with: it is marked as a negoprep store but holds no schema version</source>
        <translation>{name}이(가) 변조되었습니다: negoprep 저장소로 표시되어 있으나 스키마 버전이 없습니다</translation>
    </message>
    <message>
        <source>{name} has been tampered with: its text is not in UTF-8, which negoprep always writes</source>
        <translation>{name}이(가) 변조되었습니다: 텍스트가 negoprep이 항상 쓰는 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>{name} is truncated: it holds {size:,} bytes of the {expected:,} it should (an interrupted copy or download?)</source>
        <translation>{name}이(가) 잘려 있습니다: {expected:,}바이트 중 {size:,}바이트만 있습니다(복사나 다운로드가 중단되었을 수 있습니다)</translation>
    </message>
    <message>
        <source>{name} holds a value larger than negoprep ever writes: refused</source>
        <extracomment>SQLite&apos;s keywords (https://sqlite.org/lang_keywords.html), and the names that mean a value when bare: a quoted one is a name (or, in double quotes, a string), never the keyword. One token of SQL as SQLite reads it: a comment or space (dropped), a string, a quoted name, a blob, a number, a word, an operator. the largest value (in bytes) of a shared file that SQLite is let read</extracomment>
        <translation>{name}에 negoprep이 쓰는 것보다 큰 값이 있어 거부했습니다</translation>
    </message>
    <message>
        <source>{name} is too large to check in the memory available: refused</source>
        <translation>{name}이(가) 너무 커서 사용 가능한 메모리로 점검할 수 없으므로 거부했습니다</translation>
    </message>
    <message>
        <source>{name} has been tampered with: it holds text that is not valid UTF-8</source>
        <translation>{name}이(가) 변조되었습니다: 올바른 UTF-8이 아닌 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>{name} is damaged ({text})</source>
        <translation>{name}이(가) 손상되었습니다({text})</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem})</source>
        <translation>{name}이(가) 손상되었습니다({problem})</translation>
    </message>
    <message>
        <source>{name} has been tampered with: {error}</source>
        <translation>{name}이(가) 변조되었습니다: {error}</translation>
    </message>
    <message>
        <source>{name} says it is a store of version {version} but holds {what}, which only version {since} and later write: refused</source>
        <translation>{name}은(는) 버전 {version} 저장소라고 하지만 버전 {since}부터만 쓰는 {what}을(를) 담고 있습니다: 거부했습니다</translation>
    </message>
    <message>
        <source>row {number} of {table} breaks a rule of its schema version {version}: {rule}</source>
        <translation>{table}의 {number}번 행이 스키마 버전 {version}의 규칙을 어깁니다: {rule}</translation>
    </message>
    <message>
        <source>{name} has been tampered with: {what}</source>
        <translation>{name}이(가) 변조되었습니다: {what}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>뷰</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>table</source>
        <extracomment>the kinds of SQLite object, as messages name them</extracomment>
        <translation>테이블</translation>
    </message>
    <message>
        <source>index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>view</source>
        <translation>뷰</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>an object of the unknown type &quot;{kind}&quot;</source>
        <translation>알 수 없는 유형 &quot;{kind}&quot;의 객체</translation>
    </message>
    <message>
        <source>it holds a trigger &quot;{obj}&quot; (on {table}), which no negoprep store has</source>
        <translation>negoprep 저장소에는 없는 트리거 &quot;{obj}&quot;({table})가 있습니다</translation>
    </message>
    <message>
        <source>&quot;{obj}&quot; is a view where negoprep has a {kind}</source>
        <translation>&quot;{obj}&quot;이(가) 뷰입니다. negoprep에서는 {kind}입니다</translation>
    </message>
    <message>
        <source>it holds a view &quot;{obj}&quot;, which no negoprep store has</source>
        <translation>negoprep 저장소에는 없는 뷰 &quot;{obj}&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>an extra table</source>
        <translation>추가 테이블</translation>
    </message>
    <message>
        <source>an extra index</source>
        <translation>추가 인덱스</translation>
    </message>
    <message>
        <source> on {table}</source>
        <translation>({table})</translation>
    </message>
    <message>
        <source>it holds {what} &quot;{obj}&quot;{on}, which no negoprep store has</source>
        <translation>negoprep 저장소에는 없는 {what} &quot;{obj}&quot;{on}이(가) 있습니다</translation>
    </message>
    <message>
        <source>&quot;{obj}&quot; is {what} where negoprep has a {kind}</source>
        <translation>&quot;{obj}&quot;이(가) {what}입니다. negoprep에서는 {kind}입니다</translation>
    </message>
    <message>
        <source>the {kind} &quot;{obj}&quot; belongs to {table}, not to {want_table}</source>
        <translation>{kind} &quot;{obj}&quot;이(가) {want_table}이(가) 아닌 {table}에 속해 있습니다</translation>
    </message>
    <message>
        <source>the {kind} &quot;{obj}&quot; is not defined as negoprep defines it</source>
        <translation>{kind} &quot;{obj}&quot;의 정의가 negoprep의 정의와 다릅니다</translation>
    </message>
    <message>
        <source>it lacks the {kind} &quot;{missing}&quot; that every negoprep store has</source>
        <translation>모든 negoprep 저장소에 있는 {kind} &quot;{missing}&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the table &quot;{table}&quot; is not defined as negoprep defines it</source>
        <translation>테이블 &quot;{table}&quot;의 정의가 negoprep의 정의와 다릅니다</translation>
    </message>
    <message>
        <source>the table &quot;{table}&quot; has an extra column &quot;{extra}&quot;</source>
        <translation>테이블 &quot;{table}&quot;에 추가 열 &quot;{extra}&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>the table &quot;{table}&quot; lacks the column &quot;{lacking}&quot;</source>
        <translation>테이블 &quot;{table}&quot;에 열 &quot;{lacking}&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the column &quot;{row}&quot; of the table &quot;{table}&quot; is not defined as negoprep defines it</source>
        <translation>테이블 &quot;{table}&quot;의 열 &quot;{row}&quot; 정의가 negoprep의 정의와 다릅니다</translation>
    </message>
    <message>
        <source>{name} holds a value negoprep never writes: {table}.{column} of {row_id} {problem}</source>
        <translation>{name}에 negoprep이 쓰지 않는 값이 있습니다: {row_id}의 {table}.{column} — {problem}</translation>
    </message>
    <message>
        <source>{name} holds a broken reference: {table}.{column} of {row_id} names no {target} in the same file</source>
        <translation>{name}에 끊어진 참조가 있습니다: {row_id}의 {table}.{column}이(가) 가리키는 {target}이(가) 같은 파일에 없습니다</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>{number}번 행</translation>
    </message>
    <message>
        <source>holds binary data where negoprep keeps text or numbers</source>
        <translation>negoprep이 텍스트나 숫자를 두는 곳에 이진 데이터가 있습니다</translation>
    </message>
    <message>
        <source>is not a date or a UTC time</source>
        <translation>날짜나 UTC 시각이 아닙니다</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>자료집</translation>
    </message>
    <message>
        <source>{noun} of its dossier</source>
        <translation>같은 자료집의 {noun}</translation>
    </message>
    <message>
        <source>author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>revision of that row</source>
        <translation>해당 행의 수정본</translation>
    </message>
    <message>
        <source>is not an id</source>
        <translation>ID가 아닙니다</translation>
    </message>
    <message>
        <source>is not a table of records</source>
        <translation>기록 테이블이 아닙니다</translation>
    </message>
    <message>
        <source>is not a time</source>
        <translation>시각이 아닙니다</translation>
    </message>
    <message>
        <source>is not insert, update or delete</source>
        <translation>insert, update, delete 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>is not a JSON list</source>
        <translation>JSON 목록이 아닙니다</translation>
    </message>
    <message>
        <source>holds something other than revision ids</source>
        <translation>수정본 ID가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <source>is a packed snapshot that cannot be unpacked (damaged, or too large)</source>
        <translation>압축을 풀 수 없는 압축 스냅숏입니다(손상되었거나 너무 큽니다)</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>is not a snapshot of its row</source>
        <translation>해당 행의 스냅숏이 아닙니다</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>수정본</translation>
    </message>
    <message>
        <source>row of {table}</source>
        <translation>{table}의 행</translation>
    </message>
    <message>
        <source>is not an entry of a record</source>
        <translation>기록의 항목이 아닙니다</translation>
    </message>
    <message>
        <source>the search index is configured as negoprep never configures it (&quot;{key}&quot;)</source>
        <translation>검색 색인이 negoprep이 사용하지 않는 방식으로 설정되어 있습니다(&quot;{key}&quot;)</translation>
    </message>
    <message>
        <source>its search index holds an entry ({docid}) that no record owns</source>
        <translation>검색 색인에 어떤 항목에도 속하지 않는 색인 항목({docid})이 있습니다</translation>
    </message>
    <message>
        <source>its search index holds an entry of a deleted record ({table} {row_id})</source>
        <translation>검색 색인에 삭제된 항목의 색인 항목({table} {row_id})이 있습니다</translation>
    </message>
    <message>
        <source>its search index has no entry for {table} {row_id}</source>
        <translation>검색 색인에 {table} {row_id}의 색인 항목이 없습니다</translation>
    </message>
    <message>
        <source>is not a field name</source>
        <translation>필드 이름이 아닙니다</translation>
    </message>
    <message>
        <source>is not edited or deleted</source>
        <translation>edited 또는 deleted가 아닙니다</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>JSON 값이 아닙니다</translation>
    </message>
    <message>
        <source>is not a way to resolve</source>
        <translation>해결 방법이 아닙니다</translation>
    </message>
    <message>
        <source>is not a field of {table}</source>
        <translation>{table}의 필드가 아닙니다</translation>
    </message>
    <message>
        <source>{name} gives two records the same id &quot;{bad}&quot;: refused</source>
        <translation>{name}에서 두 기록이 같은 ID &quot;{bad}&quot;을(를) 사용하므로 거부했습니다</translation>
    </message>
    <message>
        <source>is not the id made from its parent and agenda item</source>
        <translation>상위 기록과 의제로 만든 id가 아님</translation>
    </message>
    <message>
        <source>is longer than negoprep ever writes</source>
        <translation>negoprep이 쓰는 것보다 깁니다</translation>
    </message>
    <message>
        <source>{name} could not be read as negoprep keeps text ({error})</source>
        <translation>{name}을(를) negoprep의 텍스트 저장 방식으로 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>{name} could not be brought up to this negoprep&apos;s version ({error})</source>
        <translation>{name}을(를) 이 negoprep의 버전으로 올릴 수 없습니다({error})</translation>
    </message>
</context>
</TS>
