<?php
/**
 * The three widgets: their options (the elements' attributes), sanitizing and server-side rendering.
 *
 * @package KulturWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget with its element, script, shortcode and options. Option types: url, text, int,
 * month (YYYY-MM), timezone, or an array of allowed values (taken from the elements).
 * `setting` names the settings-page value an empty option falls back to.
 *
 * @return array<string, array>
 */
function kultur_widgets_definitions() {
	$lang = array( 'de', 'en' );
	return array(
		'calendar'    => array(
			'tag'       => 'kultur-event-calendar',
			'script'    => 'kultur-event-calendar',
			'shortcode' => 'kultur_kalender',
			'required'  => 'src',
			'options'   => array(
				'src'         => array( 'type' => 'url', 'setting' => 'feed' ),
				'format'      => array( 'type' => array( 'auto', 'json', 'jsonld', 'ics', 'wp-tribe', 'hessen-szene' ) ),
				'view'        => array( 'type' => array( 'auto', 'month', 'list', 'upcoming' ) ),
				'limit'       => array( 'type' => 'int' ),
				'category'    => array( 'type' => 'text' ),
				'lang'        => array( 'type' => $lang, 'setting' => 'lang' ),
				'timezone'    => array( 'type' => 'timezone' ),
				'month'       => array( 'type' => 'month' ),
				'reservation' => array( 'type' => 'text' ),
			),
		),
		'reservation' => array(
			'tag'       => 'kultur-ticket-reservation',
			'script'    => 'kultur-ticket-reservation',
			'shortcode' => 'kultur_reservierung',
			'required'  => 'endpoint',
			'options'   => array(
				'id'          => array( 'type' => 'text' ),
				'endpoint'    => array( 'type' => 'url', 'setting' => 'endpoint' ),
				'event-id'    => array( 'type' => 'text' ),
				'src'         => array( 'type' => 'url' ),
				'privacy-url' => array( 'type' => 'url', 'setting' => 'privacy' ),
				'max-tickets' => array( 'type' => 'int' ),
				'lang'        => array( 'type' => $lang, 'setting' => 'lang' ),
			),
		),
		'badge'       => array(
			'tag'       => 'kultur-membership-badge',
			'script'    => 'kultur-membership-badge',
			'shortcode' => 'kultur_badge',
			'required'  => 'src',
			'options'   => array(
				'src'     => array( 'type' => 'url' ),
				'member'  => array( 'type' => 'text' ),
				'variant' => array( 'type' => array( 'full', 'compact', 'icon' ) ),
				'theme'   => array( 'type' => array( 'auto', 'light', 'dark' ) ),
				'lang'    => array( 'type' => $lang, 'setting' => 'lang' ),
			),
		),
	);
}

/**
 * One option value, cleaned; null drops the attribute.
 *
 * @param mixed        $value Raw value from a shortcode or block.
 * @param string|array $type  Option type or allowed values.
 * @return string|null
 */
function kultur_widgets_clean_value( $value, $type ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( is_array( $type ) ) {
		return in_array( $value, $type, true ) ? $value : null;
	}
	switch ( $type ) {
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'int':
			return ctype_digit( $value ) && (int) $value > 0 ? (string) (int) $value : null;
		case 'month':
			return preg_match( '/^\d{4}-(0[1-9]|1[0-2])$/', $value ) ? $value : null;
		case 'timezone':
			return in_array( $value, timezone_identifiers_list(), true ) ? $value : null;
		default:
			return sanitize_text_field( $value );
	}
}

/**
 * The element's attributes from shortcode/block options, with the settings page as fallback.
 *
 * @param string $widget Widget key.
 * @param array  $input  Options, keyed by attribute name.
 * @return array<string, string>
 */
function kultur_widgets_attributes( $widget, array $input ) {
	$definitions = kultur_widgets_definitions();
	$attributes  = array();
	foreach ( $definitions[ $widget ]['options'] as $name => $option ) {
		$value = kultur_widgets_clean_value( $input[ $name ] ?? null, $option['type'] );
		if ( null === $value && isset( $option['setting'] ) ) {
			$value = kultur_widgets_clean_value( kultur_widgets_setting( $option['setting'] ), $option['type'] );
		}
		if ( null !== $value ) {
			$attributes[ $name ] = $value;
		}
	}
	return $attributes;
}

/**
 * The light-DOM fallback: shown without JavaScript, when a feed fails, and alone when none is set.
 *
 * @param string      $widget     Widget key.
 * @param array       $attributes Cleaned attributes.
 * @param string|null $content    Enclosed shortcode content, if any.
 * @return string HTML.
 */
function kultur_widgets_fallback( $widget, array $attributes, $content ) {
	if ( is_string( $content ) && '' !== trim( $content ) ) {
		return wp_kses_post( $content );
	}
	switch ( $widget ) {
		case 'calendar':
			$href = $attributes['src'] ?? home_url( '/' );
			return '<a href="' . esc_url( $href ) . '">' . esc_html__( 'See the programme', 'kultur-widgets' ) . '</a>';
		case 'badge':
			$href = $attributes['src'] ?? home_url( '/' );
			return '<a href="' . esc_url( $href ) . '">' . esc_html__( 'Check the membership', 'kultur-widgets' ) . '</a>';
		default:
			return '<p>' . esc_html__( 'Tickets are also available at the box office.', 'kultur-widgets' ) . '</p>';
	}
}

/**
 * Renders a widget as its custom element (attributes escaped) and enqueues its script.
 *
 * @param string      $widget  Widget key.
 * @param array       $input   Options, keyed by attribute name.
 * @param string|null $content Enclosed shortcode content.
 * @param string      $wrapper Attributes of the wrapping div (blocks pass theirs).
 * @return string HTML.
 */
function kultur_widgets_render( $widget, array $input, $content = null, $wrapper = '' ) {
	$definitions = kultur_widgets_definitions();
	$definition  = $definitions[ $widget ];
	$attributes  = kultur_widgets_attributes( $widget, array_change_key_case( $input, CASE_LOWER ) );
	$fallback    = kultur_widgets_fallback( $widget, $attributes, $content );
	// A block-level wrapper: themes lay out their content's children, and a custom element is inline.
	$wrapper = '' === $wrapper ? 'class="kultur-widgets kultur-widgets-' . esc_attr( $widget ) . '"' : $wrapper;
	if ( ! isset( $attributes[ $definition['required'] ] ) ) {
		return '<div ' . $wrapper . '><div class="kultur-widgets-fallback">' . $fallback . '</div></div>';
	}
	kultur_widgets_enqueue( $definition['script'] );
	$html = '<' . $definition['tag'];
	foreach ( $attributes as $name => $value ) {
		$is_url = 'url' === $definition['options'][ $name ]['type'];
		$html  .= ' ' . $name . '="' . ( $is_url ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	return '<div ' . $wrapper . '>' . $html . '>' . $fallback . '</' . $definition['tag'] . '></div>';
}
