<?php
/**
 * The plugin's own copy of the widget files (assets/, built from dist/cdn), loaded as ES modules.
 *
 * @package KulturWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Script handle of a widget file.
 *
 * @param string $script File name without .js, e.g. kultur-event-calendar.
 * @return string
 */
function kultur_widgets_handle( $script ) {
	return 'kultur-widgets-' . $script;
}

/**
 * Registers every widget file; nothing is printed until a shortcode or block enqueues it.
 */
function kultur_widgets_register_scripts() {
	foreach ( kultur_widgets_definitions() as $definition ) {
		wp_register_script(
			kultur_widgets_handle( $definition['script'] ),
			plugins_url( 'assets/' . $definition['script'] . '.js', KULTUR_WIDGETS_FILE ),
			array(),
			KULTUR_WIDGETS_VERSION,
			true
		);
	}
}

/**
 * Enqueues one widget file (called while a shortcode or block renders, so only pages with a widget load it).
 *
 * @param string $script File name without .js.
 */
function kultur_widgets_enqueue( $script ) {
	wp_enqueue_script( kultur_widgets_handle( $script ) );
}

/**
 * Whether a script handle is one of the widget files.
 *
 * @param string $handle Script handle.
 * @return bool
 */
function kultur_widgets_is_widget_handle( $handle ) {
	foreach ( kultur_widgets_definitions() as $definition ) {
		if ( kultur_widgets_handle( $definition['script'] ) === $handle ) {
			return true;
		}
	}
	return false;
}

add_filter( 'script_loader_tag', 'kultur_widgets_module_tag', 10, 2 );

/**
 * Turns the widget files' script tags into module scripts (wp_enqueue_script_module needs 6.5; this works from 6.1).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function kultur_widgets_module_tag( $tag, $handle ) {
	if ( ! kultur_widgets_is_widget_handle( $handle ) || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}
