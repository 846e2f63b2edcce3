<?php
/**
 * Settings page (Settings API): defaults the shortcodes and blocks fall back to.
 *
 * @package KulturWidgets
 */

defined( 'ABSPATH' ) || exit;

const KULTUR_WIDGETS_OPTION = 'kultur_widgets';

/**
 * A default from the settings page: feed, endpoint, lang or privacy (URL of the privacy page).
 *
 * @param string $key Setting name.
 * @return string
 */
function kultur_widgets_setting( $key ) {
	$settings = get_option( KULTUR_WIDGETS_OPTION, array() );
	$settings = is_array( $settings ) ? $settings : array();
	if ( 'privacy' === $key ) {
		$page = absint( $settings['privacy_page'] ?? 0 );
		$url  = $page ? get_permalink( $page ) : '';
		return $url ? $url : get_privacy_policy_url();
	}
	return isset( $settings[ $key ] ) && is_string( $settings[ $key ] ) ? $settings[ $key ] : '';
}

/**
 * Cleans the submitted settings.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function kultur_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$lang  = $input['lang'] ?? '';
	return array(
		'feed'         => esc_url_raw( trim( (string) ( $input['feed'] ?? '' ) ), array( 'http', 'https' ) ),
		'endpoint'     => esc_url_raw( trim( (string) ( $input['endpoint'] ?? '' ) ), array( 'http', 'https' ) ),
		'lang'         => in_array( $lang, array( 'de', 'en' ), true ) ? $lang : '',
		'privacy_page' => absint( $input['privacy_page'] ?? 0 ),
	);
}

add_action( 'admin_init', 'kultur_widgets_register_settings' );

/**
 * Registers the option, its section and fields.
 */
function kultur_widgets_register_settings() {
	register_setting(
		'kultur_widgets',
		KULTUR_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'kultur_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'kultur_widgets_defaults', __( 'Defaults', 'kultur-widgets' ), 'kultur_widgets_section_intro', 'kultur_widgets' );
	$fields = array(
		'feed'         => __( 'Programme feed (URL)', 'kultur-widgets' ),
		'endpoint'     => __( 'Reservation API (URL)', 'kultur-widgets' ),
		'lang'         => __( 'Language', 'kultur-widgets' ),
		'privacy_page' => __( 'Privacy page', 'kultur-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'kultur_widgets_' . $key,
			$label,
			'kultur_widgets_field',
			'kultur_widgets',
			'kultur_widgets_defaults',
			array(
				'key'       => $key,
				'label_for' => 'kultur_widgets_' . $key,
			)
		);
	}
}

/**
 * Intro text of the section.
 */
function kultur_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Shortcodes and blocks without a value of their own use these.', 'kultur-widgets' ) . '</p>';
}

/**
 * One settings field.
 *
 * @param array $args Field arguments (key, label_for).
 */
function kultur_widgets_field( $args ) {
	$settings = get_option( KULTUR_WIDGETS_OPTION, array() );
	$settings = is_array( $settings ) ? $settings : array();
	$key      = $args['key'];
	$name     = KULTUR_WIDGETS_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ] ?? '';
	if ( 'lang' === $key ) {
		$choices = array(
			''   => __( 'Language of the page', 'kultur-widgets' ),
			'de' => __( 'German', 'kultur-widgets' ),
			'en' => __( 'English', 'kultur-widgets' ),
		);
		echo '<select id="' . esc_attr( $args['label_for'] ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( $choices as $code => $label ) {
			echo '<option value="' . esc_attr( $code ) . '"' . selected( $value, $code, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
		return;
	}
	if ( 'privacy_page' === $key ) {
		wp_dropdown_pages(
			array(
				'id'                => esc_attr( $args['label_for'] ),
				'name'              => esc_attr( $name ),
				'selected'          => absint( $value ),
				'show_option_none'  => esc_html__( 'The site\'s privacy policy', 'kultur-widgets' ),
				'option_none_value' => '0',
			)
		);
		return;
	}
	$placeholder = 'feed' === $key ? 'https://example.org/programm.json' : 'https://example.org/api';
	echo '<input type="url" class="regular-text code" id="' . esc_attr( $args['label_for'] ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" placeholder="' . esc_attr( $placeholder ) . '">';
}

add_action( 'admin_menu', 'kultur_widgets_add_settings_page' );

/**
 * Adds Settings → Kultur-Widgets.
 */
function kultur_widgets_add_settings_page() {
	add_options_page( __( 'Kultur-Widgets', 'kultur-widgets' ), __( 'Kultur-Widgets', 'kultur-widgets' ), 'manage_options', 'kultur-widgets', 'kultur_widgets_settings_page' );
}

/**
 * The settings page.
 */
function kultur_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'kultur_widgets' );
	do_settings_sections( 'kultur_widgets' );
	submit_button();
	echo '</form></div>';
}
