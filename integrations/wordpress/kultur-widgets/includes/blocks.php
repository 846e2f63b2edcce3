<?php
/**
 * Blocks (block.json, rendered on the server like the shortcodes) and their editor script.
 *
 * @package KulturWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attribute name of an element attribute: event-id → eventId.
 *
 * @param string $name Element attribute.
 * @return string
 */
function kultur_widgets_block_key( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * Registers the editor script and the three blocks.
 */
function kultur_widgets_register_blocks() {
	wp_register_script(
		'kultur-widgets-editor',
		plugins_url( 'editor/blocks.js', KULTUR_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		KULTUR_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( 'kultur-widgets-editor', 'window.kulturWidgetsEditor = ' . wp_json_encode( kultur_widgets_editor_data() ) . ';', 'before' );
	foreach ( array_keys( kultur_widgets_definitions() ) as $widget ) {
		register_block_type(
			KULTUR_WIDGETS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					return kultur_widgets_render_block( $widget, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * Renders a block through the same path as its shortcode.
 *
 * @param string $widget     Widget key.
 * @param array  $attributes Block attributes.
 * @return string HTML.
 */
function kultur_widgets_render_block( $widget, array $attributes ) {
	$definitions = kultur_widgets_definitions();
	$input       = array();
	foreach ( array_keys( $definitions[ $widget ]['options'] ) as $name ) {
		$key = kultur_widgets_block_key( $name );
		if ( isset( $attributes[ $key ] ) ) {
			$input[ $name ] = $attributes[ $key ];
		}
	}
	return kultur_widgets_render( $widget, $input, null, get_block_wrapper_attributes( array( 'class' => 'kultur-widgets kultur-widgets-' . $widget ) ) );
}

add_action( 'enqueue_block_editor_assets', 'kultur_widgets_editor_assets' );

/**
 * Loads the widget files in the editor too, so that the server-rendered preview is the live element.
 */
function kultur_widgets_editor_assets() {
	foreach ( kultur_widgets_definitions() as $definition ) {
		kultur_widgets_enqueue( $definition['script'] );
	}
}

/**
 * Labels of the options in the editor.
 *
 * @return array<string, string>
 */
function kultur_widgets_option_labels() {
	return array(
		'src'         => __( 'Feed (URL)', 'kultur-widgets' ),
		'format'      => __( 'Feed format', 'kultur-widgets' ),
		'view'        => __( 'View', 'kultur-widgets' ),
		'limit'       => __( 'Maximum number of events', 'kultur-widgets' ),
		'category'    => __( 'Category', 'kultur-widgets' ),
		'lang'        => __( 'Language', 'kultur-widgets' ),
		'timezone'    => __( 'Time zone (e.g. Europe/Berlin)', 'kultur-widgets' ),
		'month'       => __( 'First month shown (YYYY-MM)', 'kultur-widgets' ),
		'reservation' => __( 'Reservation form (CSS selector, e.g. #tickets)', 'kultur-widgets' ),
		'id'          => __( 'HTML id (target of the calendar\'s reservation option)', 'kultur-widgets' ),
		'endpoint'    => __( 'Reservation API (URL)', 'kultur-widgets' ),
		'event-id'    => __( 'Event id', 'kultur-widgets' ),
		'privacy-url' => __( 'Privacy page (URL)', 'kultur-widgets' ),
		'max-tickets' => __( 'Maximum tickets per reservation', 'kultur-widgets' ),
		'member'      => __( 'Member id', 'kultur-widgets' ),
		'variant'     => __( 'Variant', 'kultur-widgets' ),
		'theme'       => __( 'Colour scheme', 'kultur-widgets' ),
	);
}

/**
 * What the editor script needs: per block its options, their types and translated labels.
 *
 * @return array
 */
function kultur_widgets_editor_data() {
	$labels = kultur_widgets_option_labels();
	$blocks = array();
	foreach ( kultur_widgets_definitions() as $widget => $definition ) {
		$options = array();
		foreach ( $definition['options'] as $name => $option ) {
			$options[] = array(
				'key'     => kultur_widgets_block_key( $name ),
				'label'   => $labels[ $name ],
				'choices' => is_array( $option['type'] ) ? $option['type'] : null,
				'number'  => 'int' === $option['type'],
				'help'    => isset( $option['setting'] ) ? __( 'Empty: the value from Settings → Kultur-Widgets.', 'kultur-widgets' ) : '',
			);
		}
		$blocks[] = array(
			'name'    => 'kultur-widgets/' . $widget,
			'options' => $options,
		);
	}
	return array(
		'blocks'   => $blocks,
		'settings' => __( 'Settings', 'kultur-widgets' ),
		'default'  => __( '(default)', 'kultur-widgets' ),
	);
}
