// The pages the WordPress test creates: each shortcode and each block, the escaping and fallback cases.

/** Post contents by slug; `backend` is the reference backend's API base. */
export function testPages({ backend, month }) {
  const memberships = `${backend}/memberships`;
  return {
    kurzcodes: {
      title: 'Programm (Shortcodes)',
      content: `Unser Programm und die Reservierung, eingebunden mit Shortcodes.

[kultur_kalender month="${month}" reservation="#tickets"]

[kultur_reservierung id="tickets" event-id="wp-konzert" max-tickets="6"]

[kultur_badge src="${memberships}" member="zollhaus"]`,
    },
    bloecke: {
      title: 'Programm (Blöcke)',
      content: `<!-- wp:paragraph --><p>Die nächsten Termine, eingebunden mit Blöcken.</p><!-- /wp:paragraph -->
<!-- wp:kultur-widgets/calendar {"view":"upcoming","limit":"4"} /-->
<!-- wp:kultur-widgets/calendar {"view":"month","month":"${month}","align":"wide"} /-->
<!-- wp:kultur-widgets/reservation {"eventId":"wp-konzert","maxTickets":"4","lang":"de"} /-->
<!-- wp:kultur-widgets/badge {"src":"${memberships}","member":"zollhaus","variant":"compact","theme":"light"} /-->`,
    },
    escaping: {
      title: 'Escaping',
      content: `[kultur_kalender src='x" onmouseover="alert(1)' category='Jazz" onmouseover="alert(2)' view="bogus" format="ics" limit="-3" month="2026-13" timezone="Mars/Olympus"]`,
    },
    'ohne-feed': {
      title: 'Ohne Feed',
      content: 'Ein Kalender ohne Feed zeigt den Link.\n\n[kultur_kalender view="list"]\n\n[kultur_badge member="zollhaus"]',
    },
  };
}
